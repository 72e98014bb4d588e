import Foundation
import Testing

/// Installed like a tool: `scripts/install.sh` into a temporary prefix, then `classify`
/// from another folder finds the installed model, and the progress line stays off
/// anything that is not a terminal.
@Suite(.serialized) struct InstallTests {
  @Test func installedToolsFindTheirModelFromAnyFolder() throws {
    let prefix = try CommandRunner.temporaryFolder()
    let install = try shell(
      "'\(root.path)/scripts/install.sh' --prefix '\(prefix.path)' --bin '\(CommandRunner.binaries.path)' --no-man",
      in: root, timeout: 120)
    #expect(install.status == 0, "\(install.stderr)")
    for path in [
      "bin/classify", "bin/train", "bin/tokenize", "share/framing/framing.safetensors",
      "share/bash-completion/completions/classify", "share/zsh/site-functions/_train",
      "share/fish/vendor_completions.d/tokenize.fish",
    ] {
      #expect(FileManager.default.fileExists(atPath: prefix.path + "/" + path), "\(path)")
    }
    let elsewhere = try CommandRunner.temporaryFolder()
    let article = root.appendingPathComponent("examples/articles/daily-courier.txt").path
    let classify = prefix.path + "/bin/classify"
    let r = try shell("'\(classify)' --format csv '\(article)'", in: elsewhere)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("daily-courier.txt"))
    let info = try shell("'\(classify)' --model-info", in: elsewhere)
    #expect(info.stdout.contains("found through: the installed model"), "\(info.stdout)")
    let env = try shell(
      "FRAMING_MODEL='\(root.path)/models/framing.safetensors' '\(classify)' --model-info",
      in: elsewhere)
    #expect(env.stdout.contains("found through: $FRAMING_MODEL"))
    let version = try shell("'\(classify)' --version")
    #expect(version.stdout.contains("model format 1"), "\(version.stdout)")
  }

  @Test func progressGoesToATerminalOnly() throws {
    let article = root.appendingPathComponent("examples/articles/daily-courier.txt").path
    // Not a terminal: stderr holds nothing.
    let plain = try shell("classify --format csv '\(article)' '\(article)' > /dev/null", in: root)
    #expect(plain.status == 0 && !plain.stderr.contains("\r") && !plain.stderr.contains("units/s"))
    guard FileManager.default.fileExists(atPath: "/usr/bin/script") else {
      print("skipped: the terminal case needs script(1) from util-linux")
      return
    }
    // A terminal (script gives the tool a pseudo-terminal): the progress line is cleared.
    let tty = try shell(
      "script -qec \"classify --format csv '\(article)' > /dev/null\" /dev/null", in: root)
    #expect(tty.status == 0, "\(tty.stderr)")
    let quiet = try shell(
      "script -qec \"classify --quiet --format csv '\(article)' > /dev/null\" /dev/null", in: root)
    #expect(!quiet.stdout.contains("\u{1B}[K"), "\(quiet.stdout)")
    #expect(tty.stdout.contains("\u{1B}[K"), "\(tty.stdout)")
  }
}
