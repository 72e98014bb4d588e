import Labelling

extension HTMLReport {
  /// The page's CSS: layout, the per-label classes (`l0` tint and border, `h0` table
  /// header rule, `f0` solid fill), tooltips, and print styles.
  static func styleSheet(_ styles: [LabelStyle]) -> String {
    var css = baseStyleSheet
    for (i, s) in styles.enumerated() {
      css +=
        ".l\(i){background-color:\(s.tint);border-left-color:\(s.colour);"
        + "border-left-style:\(s.border)}\n"
      css += "th.h\(i){border-top:5px \(s.border) \(s.colour)}\n"
      css += ".f\(i){background:\(s.colour)}\n"
    }
    return css + printStyleSheet
  }

  static let baseStyleSheet = """
    :root{--ink:#1f2328;--muted:#57606a;--rule:#d0d7de;--soft:#f6f8fa;--warn:#8a4b00}
    *{box-sizing:border-box}
    html{background:#fff}
    body{margin:0 auto;max-width:1180px;padding:20px 28px 40px;color:var(--ink);
    font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,
    "Noto Sans","Liberation Sans","DejaVu Sans",sans-serif}
    h1{font-size:26px;margin:0 0 6px;line-height:1.25}
    h2{font-size:20px;margin:34px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--ink)}
    h3{font-size:16.5px;margin:22px 0 6px}
    h4{font-size:14px;margin:10px 0 4px}
    p{margin:6px 0}
    a{color:#0a5fb4}
    .muted,.note{color:var(--muted)}
    .note{font-size:13px;max-width:920px}
    .num{font-variant-numeric:tabular-nums}
    svg.defs{position:absolute;width:0;height:0;overflow:hidden}
    .lede{font-size:15px;color:var(--muted);margin:0 0 12px}
    dl.run{display:grid;grid-template-columns:max-content 1fr;gap:1px 18px;margin:10px 0;
    font-size:14px}
    dl.run dt{color:var(--muted)}
    dl.run dd{margin:0}
    code{font:13px ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;background:var(--soft);
    padding:0 3px;border-radius:3px}
    .legend{display:flex;flex-wrap:wrap;gap:6px 22px;align-items:center;margin:8px 0;font-size:14px}
    .legend .item{display:inline-flex;align-items:center;gap:7px}
    .legend .sample{padding:1px 8px;border-left-width:5px;font-size:13px}
    svg.sw{vertical-align:middle}
    nav.toc{font-size:13.5px;background:var(--soft);border:1px solid var(--rule);border-radius:6px;
    padding:4px 12px;margin:14px 0}
    nav.toc p{margin:3px 0}
    nav.toc .arts a{color:var(--muted)}
    nav.toc .o{font-weight:600}
    figure{margin:8px 0}
    svg.chart{width:100%;height:auto;display:block;font-family:inherit}
    svg.chart text{font-size:12px;fill:var(--ink)}
    svg.chart .name{font-size:13.5px;font-weight:600}
    svg.chart .sub{font-size:11px;fill:var(--muted)}
    svg.chart .tick{font-size:11px;fill:var(--muted)}
    svg.chart .in{font-size:12px;font-weight:600;fill:#111;stroke:#fff;stroke-width:3px;
    stroke-linejoin:round;paint-order:stroke}
    svg.chart .ci{font-size:11.5px}
    figcaption{font-size:13px;color:var(--muted);max-width:920px}
    .tablewrap{overflow-x:auto}
    .aligned{margin:10px 0 16px}.aligned h3{font-size:14px;margin:0 0 4px}
    .aligned table{border-collapse:collapse;font-size:13px;width:100%}
    .aligned td{padding:3px 7px;border-bottom:1px solid var(--rule);vertical-align:top}
    .aligned td.lab{border-left-width:5px;white-space:nowrap}
    .aligned td.o{white-space:nowrap;font-weight:600}
    svg.mini{vertical-align:middle}
    table.cmp{border-collapse:collapse;font-size:13px;margin:6px 0;width:100%}
    table.cmp th,table.cmp td{padding:4px 7px;border-bottom:1px solid var(--rule);text-align:right;
    white-space:nowrap;font-variant-numeric:tabular-nums;vertical-align:top}
    table.cmp th{font-weight:600;background:var(--soft)}
    table.cmp th[colspan]{text-align:center}
    table.cmp thead tr:last-child th{font-weight:500;color:var(--muted);font-size:12px}
    table.cmp th.o,table.cmp td.o{text-align:left;white-space:normal;min-width:120px}
    table.cmp td.o{font-weight:600}
    table.cmp td .ci{color:var(--muted);font-size:11.5px}
    table.cmp td.iv,table.cmp th.iv{white-space:normal;text-align:left;max-width:96px;
    font-size:12px}
    table.cmp tr.warn td{text-align:left;white-space:normal;color:var(--warn);background:#fff8ea;
    font-size:12.5px;border-bottom:1px solid var(--rule)}
    table.cmp td.sep,table.cmp th.sep{border-left:1px solid var(--rule)}
    .test{background:var(--soft);border:1px solid var(--rule);border-radius:6px;padding:8px 12px;
    margin:12px 0;max-width:920px}
    .test p{margin:2px 0}
    .test ul{margin:4px 0;padding-left:20px;font-size:13px;color:var(--muted)}
    .warnings{color:var(--warn);font-size:13px;margin:4px 0;padding-left:20px}
    .evgrid{display:grid;grid-template-columns:repeat(auto-fit,minmax(330px,1fr));gap:6px 22px}
    .evgrid h4{display:flex;align-items:center;gap:8px}
    .evgrid h5{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);
    margin:8px 0 2px;font-weight:600}
    ul.ev{list-style:none;padding:0;margin:0}
    ul.ev li{border-left-width:5px;padding:3px 8px;margin:4px 0;font-size:13.5px;line-height:1.4}
    ul.ev li a{color:inherit;text-decoration:none}
    ul.ev li a:hover{text-decoration:underline}
    ul.ev .src{display:block;font-size:11.5px;color:var(--muted);font-variant-numeric:tabular-nums}
    ul.ev .none,.evgrid .none{font-size:13px;color:var(--muted);margin:4px 0}
    article{margin:18px 0 26px}
    article header{border-top:1px solid var(--rule);padding-top:10px;margin-bottom:8px}
    article header h3{margin:0 0 2px}
    .meta{font-size:13px;color:var(--muted)}
    .profile{display:flex;flex-wrap:wrap;align-items:center;gap:4px 14px;font-size:13px;
    margin:4px 0}
    .profile .share{display:inline-flex;align-items:center;gap:5px;
    font-variant-numeric:tabular-nums}
    .para{margin:0 0 9px}
    .u{position:relative;display:flex;gap:14px;align-items:baseline;padding:2px 8px 2px 10px;
    margin:2px 0;border-left-width:5px;border-radius:0 3px 3px 0}
    .u:hover,.u:focus{outline:1px solid #6e7781;outline-offset:0}
    .u .t{flex:1;white-space:pre-line;min-width:0}
    .u .m{flex:0 0 auto;min-width:12em;text-align:right;font-size:12px;color:var(--muted);
    font-variant-numeric:tabular-nums;white-space:nowrap}
    .u .tag{font-weight:600;color:var(--ink)}
    .k-heading .t{font-weight:650;font-size:1.06em}
    .k-furniture{color:#6e7781;font-size:13px}
    .k-furniture .t{font-style:italic}
    .flag{display:inline-block;font-size:11px;line-height:15px;padding:0 5px;margin-left:4px;
    border:1px solid #8c959f;border-radius:8px;color:var(--ink);background:#fff}
    .flag.unc{border-style:dashed}
    .tip{display:none;position:absolute;z-index:20;left:28px;top:100%;margin-top:3px;width:380px;
    background:#fff;color:var(--ink);border:1px solid #6e7781;border-radius:6px;padding:8px 10px;
    box-shadow:0 6px 18px rgba(0,0,0,.2);font-size:12.5px;font-style:normal;line-height:1.4;
    white-space:normal;text-align:left}
    .u:hover>.tip,.u:focus>.tip{display:block}
    .tip table{border-collapse:collapse;width:100%;margin:0 0 4px}
    .tip td{padding:1px 4px;font-variant-numeric:tabular-nums}
    .tip td:first-child{width:7.5em}
    .tip td:nth-child(2){width:3em;text-align:right}
    .tip .fill{display:block;height:9px;border:1px solid #555;min-width:1px}
    .tip ul{margin:2px 0;padding-left:18px}
    .tip .term{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace}
    footer{margin-top:36px;border-top:1px solid var(--rule);padding-top:8px;font-size:13px;
    color:var(--muted)}
    footer dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px}
    footer dd{margin:0}

    """

  static let printStyleSheet = """
    @media print{
    @page{margin:14mm 12mm}
    html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
    body{max-width:none;padding:0;font-size:10pt}
    nav.toc,.tip{display:none!important}
    h2{break-after:avoid;margin-top:18pt}
    h3,h4,h5{break-after:avoid}
    figure,.test,.u,ul.ev li,tr,article header{break-inside:avoid}
    article{break-before:auto}
    a{color:inherit;text-decoration:none}
    .u .m,.meta,.note,figcaption{color:#222}
    .u:hover,.u:focus{outline:none}
    .tablewrap{overflow:visible}
    table.cmp{font-size:8pt}
    }

    """
}
