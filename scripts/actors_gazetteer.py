#!/usr/bin/env python3
"""Generate data/actors/actors.tsv, the actor gazetteer.

The TSV is what ships; this script only keeps its tables readable and the role
phrases generated from one holders table. Run from the repository root:

    python3 scripts/actors_gazetteer.py            # writes data/actors/actors.tsv
    python3 scripts/actors_gazetteer.py --check    # validates the written file

Tables (all below, plain text):
  COUNTRIES  canonical | names | adjectives | plural demonyms | seats/bodies | capitals
  PERSONS    canonical [:: variants]   (no "::" -> the surname is derived)
  ORGS       canonical :: variants
  OFFICES    @office phrases, then one "holder | from | to" line per term
"""
import re
import sys
import unicodedata
from collections import defaultdict, OrderedDict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "actors" / "actors.tsv"


def fold(s):
    """Plain-ASCII spelling of a variant (Erdoğan -> Erdogan)."""
    special = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
               "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe",
               "’": "'", "ʼ": "'", "‘": "'"}
    s = "".join(special.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def split(field):
    return [x.strip() for x in field.split(";") if x.strip()]


# ---------------------------------------------------------------------------
# Countries. names: a leading "the " is dropped from the variant and kept for
# "president of the United States"-style role phrases.
# ---------------------------------------------------------------------------
COUNTRIES = r"""
Afghanistan | Afghanistan; Islamic Emirate of Afghanistan | Afghan | Afghans | | Kabul
Albania | Albania | Albanian | Albanians | | Tirana
Algeria | Algeria | Algerian | Algerians | | Algiers
Andorra | Andorra | Andorran | Andorrans | |
Angola | Angola | Angolan | Angolans | | Luanda
Antigua and Barbuda | Antigua and Barbuda; Antigua | Antiguan | Antiguans | |
Argentina | Argentina | Argentine; Argentinian | Argentines; Argentinians | Casa Rosada | Buenos Aires
Armenia | Armenia | Armenian | Armenians | | Yerevan
Australia | Australia; Commonwealth of Australia | Australian; Aussie | Australians; Aussies | DFAT; Australian Defence Force | Canberra
Austria | Austria | Austrian | Austrians | | Vienna; Ballhausplatz
Azerbaijan | Azerbaijan | Azerbaijani; Azeri | Azerbaijanis; Azeris | | Baku
Bahamas | the Bahamas | Bahamian | Bahamians | |
Bahrain | Bahrain | Bahraini | Bahrainis | | Manama
Bangladesh | Bangladesh | Bangladeshi | Bangladeshis | | Dhaka
Barbados | Barbados | Barbadian; Bajan | Barbadians | | Bridgetown
Belarus | Belarus; Byelorussia; Republic of Belarus | Belarusian; Belarusan; Byelorussian | Belarusians | | Minsk
Belgium | Belgium | Belgian | Belgians | |
Belize | Belize | Belizean | Belizeans | | Belmopan
Benin | Benin | Beninese | | | Porto-Novo; Cotonou
Bhutan | Bhutan | Bhutanese | | | Thimphu
Bolivia | Bolivia | Bolivian | Bolivians | | La Paz
Bosnia and Herzegovina | Bosnia and Herzegovina; Bosnia-Herzegovina; Bosnia | Bosnian | Bosnians | | Sarajevo
Botswana | Botswana | Botswanan; Motswana | Batswana | | Gaborone
Brazil | Brazil | Brazilian | Brazilians | Planalto; Planalto Palace; Itamaraty | Brasília
Brunei | Brunei; Brunei Darussalam | Bruneian | Bruneians | | Bandar Seri Begawan
Bulgaria | Bulgaria | Bulgarian | Bulgarians | |
Burkina Faso | Burkina Faso; Burkina | Burkinabe; Burkinabè | | | Ouagadougou
Burundi | Burundi | Burundian | Burundians | | Gitega; Bujumbura
Cambodia | Cambodia; Kampuchea | Cambodian | Cambodians | | Phnom Penh
Cameroon | Cameroon | Cameroonian | Cameroonians | | Yaoundé
Canada | Canada | Canadian | Canadians | Global Affairs Canada; Canadian Armed Forces | Ottawa; Parliament Hill
Cape Verde | Cape Verde; Cabo Verde | Cape Verdean | Cape Verdeans | |
Central African Republic | the Central African Republic | Central African | Central Africans | | Bangui
Chad | Chad | Chadian | Chadians | | N'Djamena
Chile | Chile | Chilean | Chileans | La Moneda | 
China | China; the People's Republic of China; PRC; P.R.C.; Mainland China; mainland China | Chinese | | Zhongnanhai; State Council of China; Chinese State Council; National People's Congress; NPC Standing Committee; People's Liberation Army; PLA; PLA Navy; Central Military Commission; Politburo Standing Committee; Ministry of State Security; Taiwan Affairs Office; Chinese Foreign Ministry | Beijing; Peking; Great Hall of the People
Colombia | Colombia | Colombian | Colombians | Casa de Nariño | Bogotá
Comoros | the Comoros | Comorian | Comorians | | Moroni
DR Congo | DR Congo; DRC; D.R. Congo; DR of Congo; Democratic Republic of Congo; the Democratic Republic of the Congo; Democratic Republic of Congo; Congo-Kinshasa; Congo; Zaire | Congolese; Zairean | | | Kinshasa
Republic of the Congo | the Republic of the Congo; Republic of Congo; Congo-Brazzaville; Congo Brazzaville | | | | Brazzaville
Costa Rica | Costa Rica | Costa Rican | Costa Ricans | | San José
Ivory Coast | Ivory Coast; Côte d'Ivoire; Cote d'Ivoire | Ivorian | Ivorians | | Yamoussoukro; Abidjan
Croatia | Croatia | Croatian | Croatians; Croats | | Zagreb
Cuba | Cuba | Cuban | Cubans | | Havana
Cyprus | Cyprus; Republic of Cyprus | Cypriot; Greek Cypriot | Cypriots; Greek Cypriots | | Nicosia
Czech Republic | the Czech Republic; Czechia | Czech | Czechs | | Prague; Prague Castle
North Korea | North Korea; DPRK; D.P.R.K.; the Democratic People's Republic of Korea | North Korean | North Koreans | Korean People's Army; KPA | Pyongyang
Denmark | Denmark | Danish | Danes | | Copenhagen; Christiansborg
Djibouti | Djibouti | Djiboutian | Djiboutians | |
Dominica | Dominica; Commonwealth of Dominica | | | | Roseau
Dominican Republic | the Dominican Republic | Dominican | Dominicans | | Santo Domingo
Ecuador | Ecuador | Ecuadorian; Ecuadorean | Ecuadorians; Ecuadoreans | | Quito
Egypt | Egypt; Arab Republic of Egypt | Egyptian | Egyptians | | Cairo
El Salvador | El Salvador | Salvadoran; Salvadorian | Salvadorans; Salvadorians | | San Salvador
Equatorial Guinea | Equatorial Guinea | Equatorial Guinean; Equatoguinean | Equatorial Guineans | | Malabo
Eritrea | Eritrea | Eritrean | Eritreans | | Asmara
Estonia | Estonia | Estonian | Estonians | | Tallinn
Eswatini | Eswatini; Swaziland | Swazi | Swazis | | Mbabane
Ethiopia | Ethiopia | Ethiopian | Ethiopians | | Addis Ababa
Fiji | Fiji | Fijian | Fijians | | Suva
Finland | Finland | Finnish | Finns | | Helsinki
France | France; French Republic | French | Frenchmen; Frenchwomen | Élysée; Élysée Palace; Elysée; Matignon; Hôtel Matignon; Quai d'Orsay; Assemblée nationale; DGSE; French Foreign Ministry | Paris
Gabon | Gabon | Gabonese | | | Libreville
Gambia | the Gambia | Gambian | Gambians | | Banjul
Georgia | Georgia | Georgian | Georgians | | Tbilisi
Germany | Germany; Federal Republic of Germany; Deutschland | German | Germans | Bundestag; Bundesrat; Bundeswehr; Kanzleramt; Federal Chancellery; BND; Auswärtiges Amt; German Foreign Office; German federal government | Berlin
Ghana | Ghana | Ghanaian | Ghanaians | | Accra
Greece | Greece; Hellenic Republic; Hellas | Greek; Hellenic | Greeks | | Athens; Maximos Mansion
Grenada | Grenada | Grenadian | Grenadians | | 
Guatemala | Guatemala | Guatemalan | Guatemalans | | Guatemala City
Guinea | Guinea; Guinea-Conakry | Guinean | Guineans | | Conakry
Guinea-Bissau | Guinea-Bissau | Bissau-Guinean | Bissau-Guineans | | Bissau
Guyana | Guyana | Guyanese | | |
Haiti | Haiti | Haitian | Haitians | | Port-au-Prince
Honduras | Honduras | Honduran | Hondurans | | Tegucigalpa
Hungary | Hungary | Hungarian | Hungarians | | Budapest
Iceland | Iceland | Icelandic | Icelanders | Althing | Reykjavik; Reykjavík
India | India; Bharat; Republic of India | Indian | Indians | South Block; Lok Sabha; Rajya Sabha; Ministry of External Affairs; External Affairs Ministry; MEA; Indian Army; Indian Foreign Ministry | New Delhi; Delhi
Indonesia | Indonesia | Indonesian | Indonesians | | Jakarta
Iran | Iran; the Islamic Republic of Iran; the Islamic Republic | Iranian | Iranians | IRGC; Revolutionary Guards; Revolutionary Guard; Islamic Revolutionary Guard Corps; Revolutionary Guard Corps; Quds Force; Basij; Majlis; Guardian Council; Guardians Council; Assembly of Experts; Supreme National Security Council | Tehran; Teheran
Iraq | Iraq | Iraqi | Iraqis | | Baghdad
Ireland | Ireland; Republic of Ireland; Irish Republic; Eire; Éire | Irish | Irishmen | Dáil; Dail; Oireachtas | Dublin; Leinster House
Israel | Israel; State of Israel | Israeli | Israelis | Knesset; IDF; Israel Defense Forces; Israel Defence Forces; Israeli Defense Forces; Mossad; Shin Bet; Shabak; COGAT; Israeli Foreign Ministry; Israel's Foreign Ministry | Jerusalem; Tel Aviv
Italy | Italy; Italian Republic | Italian | Italians | Palazzo Chigi; Farnesina; Quirinale; Quirinal Palace | Rome
Jamaica | Jamaica | Jamaican | Jamaicans | |
Japan | Japan | Japanese | | Kantei; National Diet; Self-Defense Forces; Self-Defence Forces; Japan Self-Defense Forces; Japanese Foreign Ministry | Tokyo
Jordan | Jordan; Hashemite Kingdom of Jordan | Jordanian | Jordanians | | Amman
Kazakhstan | Kazakhstan | Kazakh; Kazakhstani | Kazakhs; Kazakhstanis | Akorda | Astana; Nur-Sultan; Almaty
Kenya | Kenya | Kenyan | Kenyans | | Nairobi
Kiribati | Kiribati | I-Kiribati | | | Tarawa
Kuwait | Kuwait | Kuwaiti | Kuwaitis | |
Kyrgyzstan | Kyrgyzstan; Kyrgyz Republic | Kyrgyz | | | Bishkek
Laos | Laos; Lao PDR | Laotian | Laotians | | Vientiane
Latvia | Latvia | Latvian | Latvians | Saeima | Riga
Lebanon | Lebanon | Lebanese | | | Beirut; Baabda Palace; Grand Serail
Lesotho | Lesotho | Basotho; Mosotho | | | Maseru
Liberia | Liberia | Liberian | Liberians | | Monrovia
Libya | Libya | Libyan | Libyans | | Tripoli
Liechtenstein | Liechtenstein | Liechtensteiner | Liechtensteiners | | Vaduz
Lithuania | Lithuania | Lithuanian | Lithuanians | Seimas | Vilnius
Luxembourg | Luxembourg | Luxembourgish; Luxembourger | Luxembourgers | |
Madagascar | Madagascar | Malagasy | | | Antananarivo
Malawi | Malawi | Malawian | Malawians | | Lilongwe
Malaysia | Malaysia | Malaysian | Malaysians | Putrajaya | Kuala Lumpur
Maldives | the Maldives | Maldivian | Maldivians | |
Mali | Mali | Malian | Malians | | Bamako
Malta | Malta | Maltese | | | Valletta
Marshall Islands | the Marshall Islands | Marshallese | | | Majuro
Mauritania | Mauritania | Mauritanian | Mauritanians | | Nouakchott
Mauritius | Mauritius | Mauritian | Mauritians | | Port Louis
Mexico | Mexico; United Mexican States | Mexican | Mexicans | | Mexico City; Palacio Nacional
Micronesia | Micronesia; Federated States of Micronesia | Micronesian | Micronesians | | Palikir
Moldova | Moldova; Republic of Moldova | Moldovan | Moldovans | | Chisinau; Chișinău
Monaco | Monaco | Monegasque | Monegasques | |
Mongolia | Mongolia | Mongolian | Mongolians | | Ulaanbaatar; Ulan Bator
Montenegro | Montenegro | Montenegrin | Montenegrins | | Podgorica
Morocco | Morocco | Moroccan | Moroccans | Makhzen | Rabat
Mozambique | Mozambique | Mozambican | Mozambicans | | Maputo
Myanmar | Myanmar; Burma | Burmese; Myanmarese | | Tatmadaw; Myanmar junta; Burmese junta | Naypyidaw; Naypyitaw; Nay Pyi Taw; Yangon; Rangoon
Namibia | Namibia | Namibian | Namibians | | Windhoek
Nauru | Nauru | Nauruan | Nauruans | |
Nepal | Nepal | Nepali; Nepalese | Nepalis | | Kathmandu
Netherlands | the Netherlands; Holland | Dutch | Dutchmen | | The Hague; Amsterdam; Binnenhof
New Zealand | New Zealand; Aotearoa | New Zealand | New Zealanders | | Wellington; Beehive
Nicaragua | Nicaragua | Nicaraguan | Nicaraguans | | Managua
Niger | Niger | Nigerien | Nigeriens | | Niamey
Nigeria | Nigeria | Nigerian | Nigerians | Aso Rock; Aso Villa | Abuja
North Macedonia | North Macedonia; Macedonia; Republic of North Macedonia; FYROM; Former Yugoslav Republic of Macedonia | Macedonian; North Macedonian | Macedonians; North Macedonians | | Skopje
Norway | Norway | Norwegian | Norwegians | Storting | Oslo
Oman | Oman; Sultanate of Oman | Omani | Omanis | | Muscat
Pakistan | Pakistan; Islamic Republic of Pakistan | Pakistani | Pakistanis | ISI; Inter-Services Intelligence; Pakistan Army; Pakistani military; National Assembly of Pakistan | Islamabad; Rawalpindi
Palau | Palau | Palauan | Palauans | | Ngerulmud
Panama | Panama | Panamanian | Panamanians | | Panama City
Papua New Guinea | Papua New Guinea; PNG | Papua New Guinean | Papua New Guineans | | Port Moresby
Paraguay | Paraguay | Paraguayan | Paraguayans | | Asunción
Peru | Peru | Peruvian | Peruvians | | Lima
Philippines | the Philippines | Philippine; Filipino | Filipinos | Malacañang; Malacanang Palace; Malacañang Palace | Manila
Poland | Poland | Polish | Poles | Sejm; Belweder; Polish Foreign Ministry | Warsaw
Portugal | Portugal | Portuguese | | | Lisbon; São Bento; Belém Palace
Qatar | Qatar; State of Qatar | Qatari | Qataris | Amiri Diwan | Doha
South Korea | South Korea; the Republic of Korea; ROK; Korea | South Korean | South Koreans; Koreans | Blue House; Cheong Wa Dae | Seoul
Romania | Romania | Romanian | Romanians | | Bucharest; Cotroceni Palace
Russia | Russia; the Russian Federation | Russian | Russians | Kremlin; State Duma; Duma; Federation Council; Federal Assembly; FSB; Federal Security Service; SVR; GRU; Rosgvardia; Russian Security Council; Security Council of Russia; Roskomnadzor; Lubyanka; Russian Foreign Ministry; Russian Defence Ministry; Russian Defense Ministry; Russian MFA; Russian Government; Russian Armed Forces | Moscow
Rwanda | Rwanda | Rwandan | Rwandans | | Kigali
Saint Kitts and Nevis | Saint Kitts and Nevis; St Kitts and Nevis; St. Kitts and Nevis | Kittitian | Kittitians | | Basseterre
Saint Lucia | Saint Lucia; St Lucia; St. Lucia | Saint Lucian; St Lucian | Saint Lucians | | Castries
Saint Vincent and the Grenadines | Saint Vincent and the Grenadines; St Vincent and the Grenadines; St. Vincent and the Grenadines | Vincentian | Vincentians | | Kingstown
Samoa | Samoa | Samoan | Samoans | | Apia
San Marino | San Marino | Sammarinese | | |
São Tomé and Príncipe | São Tomé and Príncipe; Sao Tome and Principe | São Toméan | | |
Saudi Arabia | Saudi Arabia; the Kingdom of Saudi Arabia; KSA | Saudi | Saudis | Saudi Royal Court; Saudi Foreign Ministry | Riyadh
Senegal | Senegal | Senegalese | | | Dakar
Serbia | Serbia | Serbian | Serbians; Serbs | | Belgrade
Seychelles | Seychelles; the Seychelles | Seychellois | | |
Sierra Leone | Sierra Leone | Sierra Leonean | Sierra Leoneans | | Freetown
Singapore | Singapore; Republic of Singapore | Singaporean | Singaporeans | | Istana
Slovakia | Slovakia; Slovak Republic | Slovak; Slovakian | Slovaks | | Bratislava
Slovenia | Slovenia | Slovenian; Slovene | Slovenians; Slovenes | | Ljubljana
Solomon Islands | the Solomon Islands; Solomons | Solomon Islander | Solomon Islanders | | Honiara
Somalia | Somalia | Somali | Somalis | Villa Somalia | Mogadishu
South Africa | South Africa; Republic of South Africa | South African | South Africans | DIRCO | Pretoria; Union Buildings
South Sudan | South Sudan | South Sudanese | | | Juba
Spain | Spain; Kingdom of Spain; España | Spanish | Spaniards | Moncloa; La Moncloa; Moncloa Palace; Zarzuela Palace | Madrid
Sri Lanka | Sri Lanka | Sri Lankan | Sri Lankans | | Colombo
Sudan | Sudan | Sudanese | | Sudanese Armed Forces; SAF | Khartoum; Port Sudan
Suriname | Suriname; Surinam | Surinamese | | | Paramaribo
Sweden | Sweden | Swedish | Swedes | Riksdag | Stockholm; Rosenbad
Switzerland | Switzerland; Swiss Confederation | Swiss | | Federal Council of Switzerland; Swiss Federal Council | Bern; Berne
Syria | Syria; Syrian Arab Republic | Syrian | Syrians | | Damascus
Tajikistan | Tajikistan | Tajik; Tajikistani | Tajiks | | Dushanbe
Thailand | Thailand | Thai | Thais | | Bangkok
East Timor | East Timor; Timor-Leste; Timor Leste | East Timorese; Timorese | | | Dili
Togo | Togo | Togolese | | | Lomé; Lome
Tonga | Tonga | Tongan | Tongans | | Nuku'alofa
Trinidad and Tobago | Trinidad and Tobago; Trinidad | Trinidadian | Trinidadians | | Port of Spain
Tunisia | Tunisia | Tunisian | Tunisians | | Tunis; Carthage Palace
Turkey | Turkey; Türkiye; the Republic of Türkiye; the Republic of Turkey | Turkish | Turks | Grand National Assembly; Grand National Assembly of Turkey; TBMM; Turkish Armed Forces; Turkish Foreign Ministry | Ankara; Beştepe
Turkmenistan | Turkmenistan | Turkmen | Turkmens | | Ashgabat
Tuvalu | Tuvalu | Tuvaluan | Tuvaluans | | Funafuti
Uganda | Uganda | Ugandan | Ugandans | | Kampala
Ukraine | Ukraine | Ukrainian | Ukrainians | Verkhovna Rada; Rada; SBU; Bankova; HUR; GUR; Armed Forces of Ukraine; Ukrainian Foreign Ministry; Ukrainian military; Office of the President of Ukraine | Kyiv; Kiev
United Arab Emirates | the United Arab Emirates; UAE; U.A.E. | Emirati | Emiratis | | Abu Dhabi
United Kingdom | the United Kingdom; UK; U.K.; Britain; Great Britain; the United Kingdom of Great Britain and Northern Ireland | British; UK | Britons; Brits | Downing Street; Number 10; No 10; No. 10; Number Ten; Foreign Office; Foreign and Commonwealth Office; FCO; Foreign, Commonwealth and Development Office; FCDO; Home Office; Ministry of Defence; MoD; MI5; MI6; GCHQ; Secret Intelligence Service; House of Commons; House of Lords; HM Treasury; Buckingham Palace; Royal Navy; British Army; RAF; Royal Air Force; HM Government; Her Majesty's Government; His Majesty's Government | London; Westminster; Whitehall
Tanzania | Tanzania; United Republic of Tanzania | Tanzanian | Tanzanians | | Dodoma; Dar es Salaam
United States | the United States; US; U.S.; USA; U.S.A.; America; the United States of America; United States of America | American; US; U.S. | Americans | White House; Pentagon; State Department; US State Department; U.S. State Department; Department of State; Foggy Bottom; Congress; US Congress; U.S. Congress; US Senate; U.S. Senate; US House of Representatives; U.S. House of Representatives; CIA; Central Intelligence Agency; FBI; Federal Bureau of Investigation; NSA; National Security Agency; Justice Department; Department of Justice; DOJ; Treasury Department; US Treasury; U.S. Treasury; Department of the Treasury; Commerce Department; Department of Commerce; Defense Department; Department of Defense; Department of War; War Department; Department of Homeland Security; DHS; Joint Chiefs of Staff; Joint Chiefs; National Security Council; US military; U.S. military; US Army; U.S. Army; US Navy; U.S. Navy; US Air Force; U.S. Air Force; US Marines; USTR; Office of the US Trade Representative; USAID | Washington; Washington DC; Washington D.C.; Capitol Hill; Oval Office
Uruguay | Uruguay | Uruguayan | Uruguayans | | Montevideo
Uzbekistan | Uzbekistan | Uzbek | Uzbeks | | Tashkent
Vanuatu | Vanuatu | Ni-Vanuatu | | | Port Vila
Venezuela | Venezuela; Bolivarian Republic of Venezuela | Venezuelan | Venezuelans | Miraflores; Miraflores Palace | Caracas
Vietnam | Vietnam; Viet Nam | Vietnamese | | | Hanoi
Yemen | Yemen | Yemeni | Yemenis | | Sanaa; Sana'a; Aden
Zambia | Zambia | Zambian | Zambians | | Lusaka
Zimbabwe | Zimbabwe | Zimbabwean | Zimbabweans | | Harare
Taiwan | Taiwan; Republic of China; the Republic of China; Chinese Taipei | Taiwanese | | Legislative Yuan; Executive Yuan; Mainland Affairs Council | Taipei
Kosovo | Kosovo; Republic of Kosovo | Kosovar; Kosovan | Kosovars; Kosovans; Kosovo Albanians | | Pristina; Prishtina
Palestine | Palestine; State of Palestine; Palestinian territories; occupied Palestinian territories | Palestinian | Palestinians | Palestinian Authority; Palestinian National Authority; PA government | Ramallah
Vatican | Vatican; Vatican City; Holy See; the Holy See; Vatican City State | Vatican | | Roman Curia; Curia | Apostolic Palace
Soviet Union | the Soviet Union; USSR; U.S.S.R.; Union of Soviet Socialist Republics | Soviet | Soviets | Politburo of the Soviet Union; Soviet Politburo; Red Army | 
Yugoslavia | Yugoslavia; Federal Republic of Yugoslavia | Yugoslav | Yugoslavs | |
East Germany | East Germany; German Democratic Republic; GDR | East German | East Germans | Stasi | East Berlin
West Germany | West Germany | West German | West Germans | | Bonn
Czechoslovakia | Czechoslovakia | Czechoslovak | Czechoslovaks | |
"""

# Brussels stands for the European Union (an organisation), listed with the capitals.
EXTRA_CAPITALS = [("Brussels", "European Union")]

# Adjectives/names too ambiguous to build role phrases from.
ROLE_SKIP = {"Congo", "Congolese", "Korea", "Koreans", "Dominican", "Salvador", "Mainland China",
             "mainland China", "Persian", "Persia", "Hellas", "Hellenic", "Khmer", "Lao",
             "Aussie", "Kiwi", "papal", "the Kingdom", "Kingdom of Saudi Arabia", "GB",
             "Great Britain", "Deutschland", "Nippon", "Bharat", "Eire", "Éire", "Siam",
             "Ceylon", "Chinese Taipei", "Holland", "Zaire", "Zairean", "Trinidad", "Antigua",
             "Burkina", "Solomons", "Salvadorian", "Burma", "Burmese", "Myanmarese",
             "Byelorussia", "Byelorussian", "Kirgizia", "Kirghiz", "the Islamic Republic"}


# ---------------------------------------------------------------------------
# Persons. "Name" alone: the canonical name plus its surname (last word; for
# "al-Assad" both "al-Assad" and "Assad"). "Name :: a; b": exactly these variants
# (plus the canonical); "+" in the list adds the derived surname. "!v" claims a
# variant that another listed person shares (the dominant reading in the news).
# Plain-ASCII spellings of every variant are added automatically.
# ---------------------------------------------------------------------------
PERSONS = r"""
# --- United States
Ronald Reagan
George H. W. Bush :: George H.W. Bush; George HW Bush; George Bush Sr.; Bush Sr.; H.W. Bush
Bill Clinton :: William Jefferson Clinton; President Clinton; Bill Clinton's
George W. Bush :: George W Bush; George Bush Jr.; W. Bush; Dubya
Barack Obama :: Barack Hussein Obama; !Obama
Donald Trump :: Donald J. Trump; Donald J Trump; President Trump; !Trump
Joe Biden :: Joseph Biden; Joseph R. Biden; Joseph R. Biden Jr.; Joe Biden Jr.; !Biden
Kamala Harris :: !Harris
Mike Pence :: Michael Pence; +
JD Vance :: J.D. Vance; J. D. Vance; James David Vance; +
Dan Quayle
Al Gore
Dick Cheney :: Richard Cheney
Liz Cheney
Jimmy Carter :: President Carter
Richard Nixon
Henry Kissinger
Zbigniew Brzezinski
George Shultz
James Baker :: James A. Baker; James A. Baker III; James Baker III
Lawrence Eagleburger
Warren Christopher
Madeleine Albright
Colin Powell
Condoleezza Rice :: Condi Rice
Susan Rice
Hillary Clinton :: Hillary Rodham Clinton; Hillary
John Kerry
Rex Tillerson
Mike Pompeo :: Michael Pompeo; +
Antony Blinken :: Tony Blinken; Anthony Blinken; +
Marco Rubio
Les Aspin
William Perry
William Cohen :: William S. Cohen
Donald Rumsfeld
Robert Gates
Leon Panetta
Chuck Hagel
Ash Carter :: Ashton Carter
Jim Mattis :: James Mattis; +
Patrick Shanahan
Mark Esper
Lloyd Austin
Pete Hegseth
Brent Scowcroft
Anthony Lake :: Tony Lake
Sandy Berger :: Samuel Berger
Stephen Hadley
James L. Jones :: James Jones; General James Jones
Tom Donilon :: Thomas Donilon; +
Michael Flynn
H. R. McMaster :: H.R. McMaster; HR McMaster; +
John Bolton
Robert O'Brien
Jake Sullivan
Mike Waltz :: Michael Waltz
Tom Foley
Newt Gingrich
Dennis Hastert
Nancy Pelosi
John Boehner
Paul Ryan
Kevin McCarthy
Mike Johnson :: Speaker Mike Johnson
George Mitchell
Bob Dole
Trent Lott
Tom Daschle
Bill Frist
Harry Reid
Mitch McConnell
Chuck Schumer
John Thune
Steven Mnuchin :: Steve Mnuchin; +
Janet Yellen
Scott Bessent
Alan Greenspan
Ben Bernanke
Jerome Powell :: Jay Powell
Robert Mueller
James Comey
William Barr :: Bill Barr; +
Merrick Garland
Pam Bondi
Kash Patel
Gina Haspel
William Burns :: Bill Burns
John Ratcliffe
Tulsi Gabbard
Dan Coats
Jared Kushner
Ivanka Trump
Melania Trump
Donald Trump Jr. :: Donald Trump Jr; Don Jr.
Hunter Biden
Jill Biden
Michelle Obama
Bernie Sanders :: !Sanders
Ted Cruz
Lindsey Graham
Mitt Romney
John McCain
Nikki Haley
Ron DeSantis
Elon Musk
Steve Witkoff :: Steven Witkoff; +
Keith Kellogg
Karoline Leavitt
Jen Psaki
Karine Jean-Pierre
John Kirby
Sean Spicer
Stephanie Grisham
Gordon Sondland
Rudy Giuliani :: Rudolph Giuliani; +
Adam Schiff
Jamie Raskin
Bob Corker
Peter Navarro
Robert Lighthizer
Wilbur Ross
Howard Lutnick
Jamieson Greer
Katherine Tai
Gina Raimondo
Amos Hochstein
Linda Thomas-Greenfield
Victoria Nuland
Samantha Power
Richard Grenell :: Ric Grenell; +
Brett McGurk
Mark Milley
Tim Walz
Robert F. Kennedy Jr. :: RFK Jr.; Robert F Kennedy Jr
Edward Snowden
Chelsea Manning
Brittney Griner
Paul Whelan
Evan Gershkovich
Mark Zuckerberg
# --- United Kingdom
Margaret Thatcher
John Major :: Sir John Major
Tony Blair
Gordon Brown :: Mr Brown
Theresa May :: Mrs May; Ms May
Boris Johnson :: !Johnson; BoJo
Liz Truss :: Elizabeth Truss; +
Rishi Sunak
Keir Starmer :: Sir Keir Starmer; +
Douglas Hurd
Malcolm Rifkind
Robin Cook
Jack Straw
Margaret Beckett
David Miliband
Ed Miliband
William Hague
Philip Hammond
Jeremy Hunt
Dominic Raab
James Cleverly
David Cameron
David Lammy
Yvette Cooper
Norman Lamont
Kenneth Clarke :: Ken Clarke
Alistair Darling
George Osborne
Sajid Javid
Nadhim Zahawi
Kwasi Kwarteng
Rachel Reeves
Jeremy Corbyn
Neil Kinnock
John Smith
Iain Duncan Smith :: Duncan Smith
Michael Howard
Kemi Badenoch
Nigel Farage
Nicola Sturgeon
Alex Salmond
Michael Gove
Priti Patel
Suella Braverman
Angela Rayner
Ben Wallace
Grant Shapps
John Healey
Betty Boothroyd
Michael Martin
John Bercow
Lindsay Hoyle :: Sir Lindsay Hoyle; +
Arlene Foster
Jeffrey Donaldson
Michelle O'Neill
Elizabeth II :: Queen Elizabeth II; Queen Elizabeth; Queen Elizabeth the Second
Charles III :: King Charles III; King Charles; Prince Charles; Prince of Wales Charles
Prince William :: Prince William; William, Prince of Wales
Prince Harry :: Prince Harry; Duke of Sussex
Peter Mandelson :: Lord Mandelson; +
Tom Tugendhat
David Frost :: Lord Frost
Sergei Skripal :: !Skripal
Yulia Skripal
Alexander Litvinenko :: Alexander Litvinenko; +
# --- Canada
Brian Mulroney
Kim Campbell
Jean Chrétien
Paul Martin
Stephen Harper
Justin Trudeau :: !Trudeau
Pierre Trudeau :: Pierre Elliott Trudeau
Mark Carney
Pierre Poilievre
Chrystia Freeland
Mélanie Joly
Anita Anand
Stéphane Dion
Lloyd Axworthy
John Manley
Bill Graham
Pierre Pettigrew
Peter MacKay
Maxime Bernier
David Emerson
Lawrence Cannon
John Baird
Rob Nicholson
François-Philippe Champagne
Marc Garneau
Meng Wanzhou :: Meng; Sabrina Meng
Michael Kovrig
Michael Spavor
Hardeep Singh Nijjar :: Nijjar
# --- Australia, New Zealand
Bob Hawke
Paul Keating
John Howard
Kevin Rudd
Julia Gillard
Tony Abbott
Malcolm Turnbull
Scott Morrison :: ScoMo; Scomo; +
Anthony Albanese :: Albo; +
Gareth Evans
Alexander Downer
Stephen Smith
Bob Carr
Julie Bishop
Marise Payne
Penny Wong
Richard Marles
Peter Dutton
Julian Assange
Helen Clark
John Key
Bill English
Jacinda Ardern
Chris Hipkins
Christopher Luxon
Winston Peters
# --- Germany
Helmut Kohl
Gerhard Schröder :: Gerhard Schroeder; +; Schroeder
Angela Merkel
Olaf Scholz
Friedrich Merz
Richard von Weizsäcker :: Weizsäcker; von Weizsäcker; Richard von Weizsaecker; Weizsaecker
Roman Herzog
Johannes Rau
Horst Köhler :: Horst Koehler; +; Koehler
Christian Wulff
Joachim Gauck
Frank-Walter Steinmeier
Hans-Dietrich Genscher
Klaus Kinkel
Joschka Fischer
Guido Westerwelle
Sigmar Gabriel
Heiko Maas
Annalena Baerbock
Johann Wadephul
Christian Lindner
Robert Habeck
Markus Söder :: Markus Soeder; +; Soeder
Alice Weidel
Boris Pistorius
Armin Laschet
Martin Schulz
Sahra Wagenknecht
Wolfgang Schäuble :: Wolfgang Schaeuble; +; Schaeuble
Ursula von der Leyen :: von der Leyen; Von der Leyen; VDL; Ursula Von der Leyen
# --- France
François Mitterrand
Jacques Chirac
Nicolas Sarkozy
François Hollande
Emmanuel Macron :: !Macron
Brigitte Macron
Michel Rocard
Édith Cresson
Pierre Bérégovoy
Édouard Balladur
Alain Juppé
Lionel Jospin
Jean-Pierre Raffarin
Dominique de Villepin :: de Villepin; Villepin
François Fillon
Jean-Marc Ayrault
Manuel Valls
Bernard Cazeneuve
Édouard Philippe
Jean Castex
Élisabeth Borne
Gabriel Attal
Michel Barnier
François Bayrou
Sébastien Lecornu
Roland Dumas
Hervé de Charette :: de Charette
Hubert Védrine
Philippe Douste-Blazy
Bernard Kouchner
Michèle Alliot-Marie
Laurent Fabius
Jean-Yves Le Drian :: Le Drian
Catherine Colonna
Stéphane Séjourné
Jean-Noël Barrot
Marine Le Pen :: !Le Pen
Jean-Marie Le Pen ::
Jordan Bardella
Jean-Luc Mélenchon
Éric Zemmour
Dominique Strauss-Kahn :: DSK; +
Christine Lagarde
# --- Italy, Spain, Portugal, Vatican
Giulio Andreotti
Giuliano Amato
Carlo Azeglio Ciampi :: Ciampi
Silvio Berlusconi
Lamberto Dini
Romano Prodi
Massimo D'Alema
Mario Monti
Enrico Letta
Matteo Renzi
Paolo Gentiloni
Giuseppe Conte
Mario Draghi
Giorgia Meloni
Francesco Cossiga
Oscar Luigi Scalfaro :: Scalfaro
Giorgio Napolitano
Sergio Mattarella
Franco Frattini
Giulio Terzi
Emma Bonino
Federica Mogherini
Angelino Alfano
Enzo Moavero Milanesi :: Moavero
Luigi Di Maio :: Di Maio
Antonio Tajani
Matteo Salvini
Elly Schlein
Gianfranco Fini
Felipe González
José María Aznar
José Luis Rodríguez Zapatero :: Zapatero
Mariano Rajoy
Pedro Sánchez
Juan Carlos I :: King Juan Carlos; Juan Carlos
Felipe VI :: King Felipe VI; King Felipe
Carles Puigdemont
José Manuel Albares
Alberto Núñez Feijóo :: Feijóo
Santiago Abascal
Josep Borrell
António Guterres :: !Guterres
José Manuel Barroso :: Barroso
Pedro Passos Coelho :: Passos Coelho
José Sócrates ::
António Costa
Luís Montenegro :: Luis Montenegro
Marcelo Rebelo de Sousa :: Rebelo de Sousa
John Paul II :: Pope John Paul II; Pope John Paul; John Paul
Benedict XVI :: Pope Benedict XVI; Pope Benedict; Benedict
Pope Francis :: Pope Francis; Jorge Mario Bergoglio; Bergoglio
Leo XIV :: Pope Leo XIV; Pope Leo; Robert Prevost; Robert Francis Prevost; Prevost
Pietro Parolin
# --- Benelux, Austria, Switzerland, Nordics, Baltics, Ireland
Mark Rutte
Dick Schoof
Geert Wilders
Jan Peter Balkenende
Wim Kok
Ruud Lubbers
Jaap de Hoop Scheffer :: de Hoop Scheffer; De Hoop Scheffer
Charles Michel
Alexander De Croo :: De Croo
Bart De Wever :: De Wever
Guy Verhofstadt
Elio Di Rupo :: Di Rupo
Sophie Wilmès
Herman Van Rompuy :: Van Rompuy
Yves Leterme
Franz Vranitzky
Viktor Klima
Wolfgang Schüssel :: Wolfgang Schuessel; +; Schuessel
Alfred Gusenbauer
Werner Faymann
Christian Kern
Sebastian Kurz
Brigitte Bierlein
Alexander Schallenberg
Karl Nehammer
Christian Stocker
Alexander Van der Bellen :: Van der Bellen
Herbert Kickl
Jörg Haider
Martti Ahtisaari
Tarja Halonen
Sauli Niinistö
Alexander Stubb
Sanna Marin
Petteri Orpo
Juha Sipilä
Antti Rinne
Jyrki Katainen
Jens Stoltenberg
Jonas Gahr Støre :: Støre; Jonas Gahr Store; Store
Erna Solberg
Kjell Magne Bondevik :: Bondevik
Gro Harlem Brundtland :: Brundtland
Ingvar Carlsson
Göran Persson
Fredrik Reinfeldt
Stefan Löfven :: Stefan Lofven; Lofven; +
Magdalena Andersson
Ulf Kristersson
Carl Bildt
Mette Frederiksen
Lars Løkke Rasmussen :: Løkke Rasmussen; Lars Lokke Rasmussen; Lokke Rasmussen; Løkke
Anders Fogh Rasmussen :: Fogh Rasmussen
Poul Nyrup Rasmussen :: Nyrup Rasmussen
Helle Thorning-Schmidt
Kaja Kallas
Kristen Michal
Alar Karis
Gitanas Nausėda
Edgars Rinkēvičs
Krišjānis Kariņš
Albert Reynolds
John Bruton
Bertie Ahern
Brian Cowen
Enda Kenny
Leo Varadkar
Micheál Martin
Simon Harris
Michael D. Higgins :: Michael D Higgins; President Higgins
Mary McAleese
Mary Robinson
Catherine Connolly
Gerry Adams
Mary Lou McDonald
Simon Coveney
# --- Central and Eastern Europe, Balkans
Lech Wałęsa :: Lech Walesa; +
Aleksander Kwaśniewski
Lech Kaczyński
Jarosław Kaczyński
Bronisław Komorowski
Andrzej Duda
Karol Nawrocki
Donald Tusk
Beata Szydło
Mateusz Morawiecki
Ewa Kopacz
Jerzy Buzek
Leszek Miller
Marek Belka
Kazimierz Marcinkiewicz
Radosław Sikorski :: Radek Sikorski; +
Grzegorz Schetyna
Witold Waszczykowski
Jacek Czaputowicz
Zbigniew Rau
Rafał Trzaskowski
Viktor Orbán
Péter Szijjártó
Péter Magyar
Ferenc Gyurcsány
Gyula Horn
József Antall
Václav Havel
Václav Klaus
Miloš Zeman
Petr Pavel
Andrej Babiš
Petr Fiala
Robert Fico
Peter Pellegrini
Zuzana Čaputová
Igor Matovič
Eduard Heger
Klaus Iohannis :: Iohannis; Klaus Johannis
Nicușor Dan :: Nicusor Dan
Călin Georgescu
Slobodan Milošević
Boris Tadić
Tomislav Nikolić
Vojislav Koštunica
Aleksandar Vučić
Ana Brnabić
Radovan Karadžić
Ratko Mladić
Hashim Thaçi
Albin Kurti
Vjosa Osmani
Ramush Haradinaj
Avdullah Hoti
Isa Mustafa
Zoran Zaev
Nikola Gruevski
Dimitar Kovachevski
Hristijan Mickoski
Edi Rama
Milo Đukanović :: Milo Djukanovic; Djukanovic; +
Andrej Plenković
Franjo Tuđman :: Franjo Tudjman; Tudjman; +
Alija Izetbegović
Milorad Dodik
Kyriakos Mitsotakis :: !Mitsotakis
Konstantinos Mitsotakis
Alexis Tsipras
Yanis Varoufakis
Antonis Samaras
George Papandreou :: Giorgos Papandreou
Andreas Papandreou
Kostas Karamanlis :: Costas Karamanlis; +
Costas Simitis :: Kostas Simitis; +
Lucas Papademos
Nikos Dendias
Nikos Christodoulides
# --- Russia and the Soviet Union
Mikhail Gorbachev
Eduard Shevardnadze
Boris Yeltsin
Vladimir Putin :: Vladimir Vladimirovich Putin; +
Dmitry Medvedev :: Dmitri Medvedev; Dmitriy Medvedev; +
Viktor Chernomyrdin
Yegor Gaidar
Sergei Kiriyenko :: Sergey Kiriyenko; Sergei Kiriienko; +
Yevgeny Primakov :: Yevgeni Primakov; +
Sergei Stepashin :: Sergey Stepashin; +
Mikhail Kasyanov
Mikhail Fradkov
Viktor Zubkov
Mikhail Mishustin
Andrei Kozyrev :: Andrey Kozyrev; +
Igor Ivanov
Sergei Ivanov :: Sergey Ivanov
Sergei Lavrov :: Sergey Lavrov; Sergei Viktorovich Lavrov; +
Pavel Grachev
Igor Sergeyev
Anatoly Serdyukov
Sergei Shoigu :: Sergey Shoigu; Sergei Shoygu; Shoygu; +
Andrei Belousov :: Andrey Belousov; +
Valery Gerasimov :: Valeri Gerasimov; +
Dmitry Peskov :: Dmitri Peskov; Dmitriy Peskov; +
Maria Zakharova
Yuri Ushakov :: Yury Ushakov; +
Sergei Ryabkov :: Sergey Ryabkov; +
Vassily Nebenzia :: Vasily Nebenzya; Vassily Nebenzya; Nebenzya; +
Vitaly Churkin
Nikolai Patrushev :: Nikolay Patrushev; !Patrushev
Alexander Bortnikov
Sergei Naryshkin :: Sergey Naryshkin; +
Vyacheslav Volodin
Valentina Matviyenko :: Valentina Matvienko; Matvienko; +
Ramzan Kadyrov :: !Kadyrov
Yevgeny Prigozhin :: Yevgeniy Prigozhin; Evgeny Prigozhin; +
Dmitry Utkin
Sergei Surovikin :: Sergey Surovikin; +
Alexei Navalny :: Alexey Navalny; Aleksei Navalny; !Navalny
Yulia Navalnaya
Mikhail Khodorkovsky
Boris Nemtsov
Vladimir Kara-Murza
Garry Kasparov
Andrei Lugovoi :: Andrei Lugovoy; Lugovoy; +
Viktor Bout
Roman Abramovich
Oleg Deripaska
Igor Sechin
Alexei Miller :: Alexey Miller
Patriarch Kirill :: Patriarch Kirill; Kirill of Moscow
Leonid Slutsky
Konstantin Kosachev
Vladimir Medinsky
Dmitry Kozak :: Dmitri Kozak
Sergei Sobyanin :: Sergey Sobyanin; +
Vladimir Zhirinovsky
Gennady Zyuganov
Kirill Dmitriev
Elvira Nabiullina
Anton Siluanov
# --- Ukraine, Belarus, Moldova, Caucasus, Central Asia
Leonid Kravchuk
Leonid Kuchma
Viktor Yushchenko
Viktor Yanukovych :: Viktor Yanukovich; +; Yanukovich
Oleksandr Turchynov :: Oleksandr Turchinov; +
Petro Poroshenko
Volodymyr Zelensky :: Volodymyr Zelenskyy; Volodymyr Zelenskiy; Zelensky; Zelenskyy; Zelenskiy; Zelenski; Vladimir Zelensky
Olena Zelenska
Yulia Tymoshenko :: Yulia Timoshenko; +; Timoshenko
Mykola Azarov
Arseniy Yatsenyuk :: Arseny Yatsenyuk; +
Volodymyr Groysman
Oleksiy Honcharuk
Denys Shmyhal
Yulia Svyrydenko
Pavlo Klimkin
Vadym Prystaiko
Dmytro Kuleba
Andrii Sybiha :: Andriy Sybiha; Andrii Sybiga; Sybiga; +
Andrii Deshchytsia :: Andriy Deshchytsia; +
Oleksii Reznikov :: Oleksiy Reznikov; +
Rustem Umerov
Andriy Yermak :: Andrii Yermak; +
Valerii Zaluzhnyi :: Valery Zaluzhny; Valerii Zaluzhny; Zaluzhny; +
Oleksandr Syrskyi :: Oleksandr Syrsky; Syrsky; +
Kyrylo Budanov
Vitali Klitschko :: Vitaliy Klitschko; !Klitschko
David Arakhamia
Mykhailo Podolyak :: Mykhailo Podolyak; Podoliak; +
Ruslan Stefanchuk
Alexander Lukashenko :: Aleksandr Lukashenko; Alyaksandr Lukashenka; Lukashenka; +
Sviatlana Tsikhanouskaya :: Svetlana Tikhanovskaya; Tikhanovskaya; +
Roman Protasevich :: Raman Pratasevich; Pratasevich; +
Sofia Sapega
Maria Kolesnikova
Maia Sandu
Igor Dodon
Nikol Pashinyan
Serzh Sargsyan
Robert Kocharyan
Levon Ter-Petrosyan
Ararat Mirzoyan
Heydar Aliyev
Ilham Aliyev :: !Aliyev
Jeyhun Bayramov
Mikheil Saakashvili
Salome Zourabichvili :: Salome Zurabishvili; +
Giorgi Margvelashvili
Mikheil Kavelashvili
Bidzina Ivanishvili
Irakli Garibashvili
Irakli Kobakhidze
Nursultan Nazarbayev
Kassym-Jomart Tokayev :: Kassym-Jomart Tokaev; Tokaev; +
Kairat Abdrakhmanov
Islam Karimov
Shavkat Mirziyoyev
Emomali Rahmon
Gurbanguly Berdimuhamedow :: Gurbanguly Berdymukhamedov
Serdar Berdimuhamedow :: Serdar Berdymukhamedov
Sadyr Japarov
# --- China, Hong Kong, Taiwan
#! family-first
Mao Zedong :: Chairman Mao
Deng Xiaoping :: Deng
Jiang Zemin :: Jiang
Hu Jintao :: Hu
Xi Jinping :: Xi; President Xi
Peng Liyuan
Yang Shangkun
Li Peng
Zhu Rongji :: Zhu
Wen Jiabao :: Wen
Li Keqiang
Li Qiang
Qian Qichen :: Qian
Tang Jiaxuan
Li Zhaoxing
Yang Jiechi
Wang Yi
Qin Gang :: Qin
Wang Qishan
Han Zheng
Liu He
He Lifeng
Ding Xuexiang
Cai Qi
Wang Huning
Zhao Leji
Zhao Lijian
Hua Chunying :: Hua
Wang Wenbin
Mao Ning
Lin Jian
Geng Shuang :: Geng
Wei Fenghe
Li Shangfu
Dong Jun
Xie Zhenhua
Zhang Jun
Fu Cong
Ren Zhengfei
Jack Ma ::
Carrie Lam ::
John Lee Ka-chiu :: John Lee Ka-chiu
Jimmy Lai ::
Joshua Wong ::
Lee Teng-hui :: Lee Teng-hui
Chen Shui-bian
Ma Ying-jeou :: Ma Ying-jeou
Tsai Ing-wen :: Tsai
Lai Ching-te :: !Lai; William Lai; William Lai Ching-te
Hsiao Bi-khim :: Hsiao
Joseph Wu :: Joseph Wu
Lin Chia-lung
Hou Yu-ih
Ko Wen-je
Eric Chu :: Eric Chu
#! given-first
# --- Japan
Toshiki Kaifu
Kiichi Miyazawa
Morihiro Hosokawa
Tsutomu Hata
Tomiichi Murayama
Ryutaro Hashimoto
Keizo Obuchi
Yoshiro Mori
Junichiro Koizumi :: !Koizumi
Shinzo Abe :: !Abe; Abe Shinzo
Yasuo Fukuda
Taro Aso
Yukio Hatoyama
Naoto Kan
Yoshihiko Noda
Yoshihide Suga :: Suga
Fumio Kishida
Shigeru Ishiba
Sanae Takaichi
Yohei Kono
Taro Kono :: !Kono
Makiko Tanaka
Yoriko Kawaguchi
Nobutaka Machimura
Katsuya Okada
Seiji Maehara
Koichiro Gemba
Toshimitsu Motegi
Yoshimasa Hayashi
Yoko Kamikawa
Takeshi Iwaya
Akihito :: Emperor Akihito
Naruhito :: Emperor Naruhito
Yukiya Amano
# --- Koreas
Roh Tae-woo :: Roh Tae Woo
Kim Young-sam :: Kim Young Sam
Kim Dae-jung :: Kim Dae Jung
Roh Moo-hyun :: Roh Moo Hyun
Lee Myung-bak :: Lee Myung Bak
Park Geun-hye :: Park Geun Hye
Moon Jae-in :: Moon Jae In; Moon
Yoon Suk Yeol :: Yoon Suk-yeol; Yoon Seok-youl; Yoon
Lee Jae-myung :: Lee Jae Myung
Kim Keon-hee :: Kim Keon Hee
Han Duck-soo :: Han Duck Soo
Choi Sang-mok :: Choi Sang Mok
Hwang Kyo-ahn :: Hwang Kyo Ahn
Lee Nak-yon :: Lee Nak Yon; Lee Nak-yeon
Chung Sye-kyun :: Chung Sye Kyun
Kim Boo-kyum :: Kim Boo Kyum
Kim Min-seok :: Kim Min Seok
Ban Ki-moon :: Ban Ki Moon
Yun Byung-se :: Yun Byung Se
Kang Kyung-wha :: Kang Kyung Wha
Chung Eui-yong :: Chung Eui Yong
Park Jin ::
Cho Tae-yul :: Cho Tae Yul
Cho Hyun ::
Kim Il Sung :: Kim Il-sung; Kim Il-Sung
Kim Jong Il :: Kim Jong-il; Kim Jong-Il
Kim Jong Un :: Kim Jong-un; Kim Jong-Un; Kim Jong-eun
Kim Yo Jong :: Kim Yo-jong; Kim Yo-Jong
Ri Yong Ho :: Ri Yong-ho
Ri Son Gwon :: Ri Son-gwon
Choe Son Hui :: Choe Son-hui
Kim Yong Chol :: Kim Yong-chol
Kim Jong Nam :: Kim Jong-nam
# --- India, Pakistan, South Asia
V. P. Singh :: V.P. Singh; VP Singh; Vishwanath Pratap Singh
Chandra Shekhar
P. V. Narasimha Rao :: P.V. Narasimha Rao; Narasimha Rao
Atal Bihari Vajpayee :: Vajpayee
H. D. Deve Gowda :: H.D. Deve Gowda; Deve Gowda
I. K. Gujral :: I.K. Gujral; Gujral
Manmohan Singh
Narendra Modi :: !Modi; Narendra Damodardas Modi
Subrahmanyam Jaishankar :: S. Jaishankar; S Jaishankar; Jaishankar
Sushma Swaraj
Salman Khurshid
Pranab Mukherjee
Jaswant Singh
Yashwant Sinha
Natwar Singh
S. M. Krishna :: S.M. Krishna; SM Krishna
A. P. J. Abdul Kalam :: A.P.J. Abdul Kalam; APJ Abdul Kalam; Abdul Kalam
Pratibha Patil
Ram Nath Kovind :: Kovind
Droupadi Murmu
Rajnath Singh
Amit Shah
Ajit Doval
Rahul Gandhi
Sonia Gandhi
Nirmala Sitharaman
Piyush Goyal
Vikram Misri
Arvind Kejriwal
Benazir Bhutto
Nawaz Sharif
Pervez Musharraf
Shaukat Aziz
Yousaf Raza Gilani :: Yusuf Raza Gilani; Gilani
Raja Pervez Ashraf
Shahid Khaqan Abbasi :: Abbasi
Imran Khan :: Imran
Shehbaz Sharif :: Shahbaz Sharif; Shebaz Sharif; Shehbaz
Anwaar-ul-Haq Kakar :: Anwaar ul Haq Kakar; Kakar
Asif Ali Zardari :: Asif Zardari; !Zardari
Bilawal Bhutto Zardari :: Bilawal Bhutto; Bilawal
Mamnoon Hussain
Arif Alvi
Shah Mahmood Qureshi :: Qureshi
Hina Rabbani Khar
Khawaja Asif
Ishaq Dar
Jalil Abbas Jilani :: Jilani
Asim Munir
Qamar Javed Bajwa :: Bajwa
Raheel Sharif
Ashfaq Parvez Kayani :: Kayani
Maryam Nawaz
Sheikh Hasina :: Sheikh Hasina Wajed; Hasina
Khaleda Zia
Muhammad Yunus
Mahinda Rajapaksa
Gotabaya Rajapaksa
Ranil Wickremesinghe
Anura Kumara Dissanayake
K. P. Sharma Oli :: K.P. Sharma Oli; KP Sharma Oli
Dalai Lama :: Tenzin Gyatso
# --- Afghanistan, Iran, Iraq
Hamid Karzai
Ashraf Ghani
Abdullah Abdullah
Mullah Omar :: Mullah Mohammad Omar; Mullah Mohammed Omar
Akhtar Mansour :: Mullah Akhtar Mansour; Akhtar Mohammad Mansour
Hibatullah Akhundzada :: Haibatullah Akhundzada; Akhundzada; Akhunzada
Abdul Ghani Baradar :: Mullah Baradar; Baradar
Sirajuddin Haqqani
Zabihullah Mujahid
Amir Khan Muttaqi :: Muttaqi
Ahmad Shah Massoud
Ruhollah Khomeini :: Ayatollah Khomeini; Ayatollah Ruhollah Khomeini; Khomeini
Ali Khamenei :: Ayatollah Khamenei; Ayatollah Ali Khamenei; !Khamenei; Khamenei; Sayyid Ali Khamenei
Mojtaba Khamenei
Akbar Hashemi Rafsanjani :: Hashemi Rafsanjani; Rafsanjani
Mohammad Khatami :: Khatami
Mahmoud Ahmadinejad
Hassan Rouhani :: Hassan Rohani; Rohani; Rouhani
Ebrahim Raisi :: Ebrahim Raeisi; Raeisi; Raisi
Mohammad Mokhber :: Mokhber
Masoud Pezeshkian :: Pezeshkian
Ali Akbar Velayati :: Velayati
Kamal Kharrazi :: Kharrazi
Manouchehr Mottaki :: Mottaki
Ali Akbar Salehi
Mohammad Javad Zarif :: Javad Zarif; Zarif
Hossein Amir-Abdollahian :: Hossein Amirabdollahian; Amir-Abdollahian; Amirabdollahian
Ali Bagheri Kani :: Bagheri Kani
Abbas Araghchi :: Abbas Araqchi; Araqchi; Araghchi
Qasem Soleimani :: Qassem Soleimani; Qasem Suleimani; Soleimani; Suleimani
Esmail Qaani :: Esmail Ghaani; Qaani
Ali Larijani :: Larijani
Mohammad Bagher Ghalibaf :: Mohammad Baqer Qalibaf; Ghalibaf; Qalibaf
Mir-Hossein Mousavi :: Mir Hossein Mousavi
Mehdi Karroubi :: Karroubi
Nasser Kanaani :: Kanaani
Esmaeil Baghaei :: Esmail Baghaei; Baghaei
Bahram Qasemi
Ali Shamkhani
Hossein Salami
Mohammad Bagheri
Narges Mohammadi
Mahsa Amini
Saddam Hussein :: Saddam
Tariq Aziz
Jalal Talabani
Fuad Masum
Barham Salih
Abdul Latif Rashid
Ayad Allawi :: Iyad Allawi; Allawi
Ibrahim al-Jaafari
Nouri al-Maliki :: Nuri al-Maliki; !al-Maliki; !Maliki
Haider al-Abadi :: al-Abadi; Abadi
Adel Abdul Mahdi :: Adil Abdul-Mahdi; Abdul Mahdi; Abdul-Mahdi
Mustafa al-Kadhimi :: al-Kadhimi; Kadhimi
Mohammed Shia al-Sudani :: Mohammed Shia' al-Sudani; al-Sudani; Sudani
Muqtada al-Sadr :: Moqtada al-Sadr; al-Sadr; Sadr
Ali al-Sistani :: Ayatollah Ali al-Sistani; Grand Ayatollah Ali al-Sistani; Sistani; al-Sistani
Masoud Barzani
Abu Bakr al-Baghdadi :: Baghdadi; al-Baghdadi
# --- Levant
Hafez al-Assad
Bashar al-Assad :: !Assad; !al-Assad; Bashar Assad
Asma al-Assad
Walid Muallem :: Walid al-Muallem; Walid al-Moualem; Muallem; Moualem
Faisal Mekdad :: Faisal al-Mekdad; Mekdad; Miqdad
Bashar al-Jaafari
Ahmed al-Sharaa :: Ahmad al-Sharaa; al-Sharaa; Sharaa; Abu Mohammed al-Jolani; Abu Mohammad al-Julani; al-Jolani; Jolani; al-Julani; Julani
Asaad al-Shaibani :: Asaad Hassan al-Shaibani; al-Shaibani; Shaibani
Mazloum Abdi
Hassan Nasrallah :: Sayyed Hassan Nasrallah; Nasrallah
Naim Qassem :: Naim Kassem; Sheikh Naim Qassem
Michel Aoun
Joseph Aoun
Najib Mikati :: Mikati
Saad Hariri
Rafik Hariri :: Rafic Hariri
Fouad Siniora :: Siniora
Nabih Berri :: Berri
Tammam Salam
Nawaf Salam
Hassan Diab
Émile Lahoud :: Emile Lahoud; Lahoud
Michel Suleiman :: Michel Sleiman
Elias Bou Saab :: Bou Saab
Yasser Arafat :: Arafat
Mahmoud Abbas :: Abu Mazen; !Abbas
Salam Fayyad
Rami Hamdallah
Mohammad Shtayyeh :: Mohammed Shtayyeh; Shtayyeh
Mohammad Mustafa
Riyad al-Maliki :: Riyad Maliki
Saeb Erekat :: Saeb Erakat; Erekat; Erakat
Marwan Barghouti
Hussein al-Sheikh ::
Ahmed Yassin :: Sheikh Ahmed Yassin
Abdel Aziz al-Rantisi :: Rantisi
Khaled Meshaal :: Khaled Mashaal; Khaled Mashal; Khaled Meshal; Meshaal; Mashaal; Mashal; Meshal
Ismail Haniyeh :: Ismail Haniya; Ismail Haniyah; Haniyeh; Haniya; Haniyah
Yahya Sinwar :: !Sinwar
Mohammed Sinwar
Mohammed Deif :: Mohammed Dief; Mohammed Daif; Deif
Khalil al-Hayya :: al-Hayya; Hayya
Mousa Abu Marzouk :: Abu Marzouk
Saleh al-Arouri :: al-Arouri; Arouri
Osama Hamdan
Ziad al-Nakhalah :: Nakhalah
Yitzhak Shamir
Yitzhak Rabin
Shimon Peres
Benjamin Netanyahu :: Bibi Netanyahu; !Netanyahu; Bibi; Binyamin Netanyahu
Sara Netanyahu
Ehud Barak
Ariel Sharon
Ehud Olmert
Naftali Bennett
Yair Lapid
Ezer Weizman
Moshe Katsav
Reuven Rivlin
Isaac Herzog :: Yitzhak Herzog; !Herzog
Tzipi Livni
Avigdor Lieberman :: Avigdor Liberman; Liberman; !Lieberman
Israel Katz
Gideon Sa'ar :: Gideon Saar; Sa'ar
Eli Cohen
Gabi Ashkenazi
Yoav Gallant
Benny Gantz
Moshe Ya'alon :: Moshe Yaalon; Ya'alon; Yaalon
Bezalel Smotrich
Itamar Ben-Gvir :: Itamar Ben Gvir; Ben Gvir
Gadi Eisenkot
Herzi Halevi
Eyal Zamir
Ron Dermer
David Barnea
Yossi Cohen
Danny Danon
Gilad Erdan
Hussein bin Talal :: King Hussein; King Hussein of Jordan
Abdullah II :: King Abdullah II; Abdullah II of Jordan; King Abdullah of Jordan
Ayman Safadi
# --- Gulf, Egypt, North Africa
Fahd bin Abdulaziz :: King Fahd
Abdullah bin Abdulaziz :: King Abdullah of Saudi Arabia; Abdullah bin Abdulaziz Al Saud
Salman bin Abdulaziz :: King Salman; Salman bin Abdulaziz Al Saud
Mohammed bin Salman :: Mohammad bin Salman; Muhammad bin Salman; MBS; Prince Mohammed bin Salman; Crown Prince Mohammed
Muhammad bin Nayef :: Mohammed bin Nayef; MBN
Saud al-Faisal :: Prince Saud al-Faisal
Adel al-Jubeir :: Jubeir; al-Jubeir
Ibrahim al-Assaf
Faisal bin Farhan :: Prince Faisal bin Farhan; Faisal bin Farhan Al Saud
Khalid bin Salman :: Prince Khalid bin Salman
Turki al-Faisal :: Prince Turki al-Faisal
Bandar bin Sultan :: Prince Bandar
Jamal Khashoggi
Osama bin Laden :: Usama bin Laden; bin Laden; Bin Laden
Ayman al-Zawahiri :: al-Zawahiri; Zawahiri
Tamim bin Hamad Al Thani :: Sheikh Tamim bin Hamad Al Thani; Sheikh Tamim; Emir Tamim; Tamim bin Hamad
Hamad bin Khalifa Al Thani :: Sheikh Hamad bin Khalifa; Hamad bin Khalifa
Mohammed bin Abdulrahman Al Thani :: Sheikh Mohammed bin Abdulrahman Al Thani; Mohammed bin Abdulrahman; Sheikh Mohammed bin Abdulrahman
Hamad bin Jassim Al Thani :: Hamad bin Jassim; Sheikh Hamad bin Jassim
Khalifa bin Zayed :: Khalifa bin Zayed Al Nahyan; Sheikh Khalifa bin Zayed
Mohamed bin Zayed :: Mohammed bin Zayed; Mohamed bin Zayed Al Nahyan; Mohammed bin Zayed Al Nahyan; Sheikh Mohamed bin Zayed; MBZ
Abdullah bin Zayed :: Abdullah bin Zayed Al Nahyan; Sheikh Abdullah bin Zayed
Anwar Gargash
Mohammed bin Rashid Al Maktoum :: Mohammed bin Rashid; Sheikh Mohammed bin Rashid
Hamad bin Isa Al Khalifa :: King Hamad bin Isa; King Hamad of Bahrain
Qaboos bin Said :: Sultan Qaboos
Haitham bin Tariq :: Sultan Haitham
Hosni Mubarak
Mohamed Morsi :: Mohammed Morsi; Mohamed Mursi; Mursi; Morsi
Mohamed Hussein Tantawi :: Tantawi
Adly Mansour
Abdel Fattah al-Sisi :: Abdel Fattah el-Sisi; Abdel-Fattah el-Sissi; Abdel Fattah el-Sissi; Abdel Fattah Sisi; al-Sisi; el-Sisi; el-Sissi; Sisi; Sissi
Amr Moussa
Ahmed Aboul Gheit :: Ahmed Abul Gheit; Aboul Gheit; Aboul-Gheit
Nabil Fahmy
Sameh Shoukry :: Shoukry
Badr Abdelatty :: Badr Abdel Aty; Abdelatty
Mostafa Madbouly :: Moustafa Madbouly; Madbouly
Nabil Elaraby :: Nabil al-Arabi; Elaraby
Mohamed ElBaradei :: Mohamed El Baradei; ElBaradei; El Baradei; Baradei
Boutros Boutros-Ghali :: Boutros-Ghali
Muammar Gaddafi :: Muammar Qaddafi; Muammar al-Qaddafi; Moammar Gadhafi; Muammar Gadhafi; Colonel Gaddafi; !Gaddafi; !Qaddafi; !Gadhafi; Kadhafi
Saif al-Islam Gaddafi :: Saif al-Islam
Khalifa Haftar :: Khalifa Hifter; Haftar; Hifter
Fayez al-Sarraj :: Fayez Sarraj; al-Sarraj; Sarraj
Abdul Hamid Dbeibah :: Abdulhamid Dbeibah; Dbeibah; Dbeibeh
Zine El Abidine Ben Ali :: Zine al-Abidine Ben Ali; Ben Ali
Kais Saied :: Kais Saïed; Saied
Abdelaziz Bouteflika :: Bouteflika
Abdelmadjid Tebboune :: Tebboune
Mohammed VI :: King Mohammed VI
Nasser Bourita :: Bourita
# --- Sub-Saharan Africa
Nelson Mandela
F. W. de Klerk :: F.W. de Klerk; FW de Klerk; de Klerk; De Klerk
Thabo Mbeki
Kgalema Motlanthe
Jacob Zuma
Cyril Ramaphosa
Nkosazana Dlamini-Zuma :: Dlamini-Zuma; Dlamini Zuma
Maite Nkoana-Mashabane :: Nkoana-Mashabane
Lindiwe Sisulu
Naledi Pandor
Ronald Lamola
Julius Malema
Robert Mugabe
Emmerson Mnangagwa
Morgan Tsvangirai
Yoweri Museveni
Bobi Wine
Paul Kagame
Félix Tshisekedi :: Felix Tshisekedi; Félix Antoine Tshisekedi; +
Laurent-Désiré Kabila :: Laurent Kabila
Joseph Kabila :: !Kabila
Thérèse Kayikwamba Wagner :: Therese Kayikwamba Wagner; Kayikwamba Wagner; Kayikwamba
Olivier Nduhungirehe :: Nduhungirehe
Denis Sassou Nguesso :: Sassou Nguesso
Daniel arap Moi :: arap Moi; Moi
Mwai Kibaki
Uhuru Kenyatta :: !Kenyatta
Raila Odinga
William Ruto
Olusegun Obasanjo
Umaru Musa Yar'Adua :: Umaru Yar'Adua; Yar'Adua
Goodluck Jonathan
Muhammadu Buhari
Bola Tinubu :: Bola Ahmed Tinubu; +
Meles Zenawi :: Meles; Zenawi
Hailemariam Desalegn :: Hailemariam
Abiy Ahmed :: Abiy; Abiy Ahmed Ali
Isaias Afwerki :: Isaias; Afwerki
Salva Kiir :: Salva Kiir Mayardit; Kiir
Riek Machar :: Machar
Omar al-Bashir :: Omar Hassan al-Bashir; al-Bashir; Bashir
Abdel Fattah al-Burhan :: Abdel-Fattah Burhan; al-Burhan; Burhan
Mohamed Hamdan Dagalo :: Hemedti; Hemeti; Dagalo
Abdalla Hamdok :: Abdallah Hamdok; Hamdok
Macky Sall
Bassirou Diomaye Faye
Ousmane Sonko
Nana Akufo-Addo :: Akufo-Addo
John Mahama :: John Dramani Mahama; +
Alassane Ouattara
Laurent Gbagbo
Assimi Goïta :: Assimi Goita; +
Ibrahim Traoré :: Ibrahim Traore
Abdourahamane Tchiani :: Abdourahmane Tiani; Tchiani; Tiani
Mohamed Bazoum
Mahamat Idriss Déby :: Mahamat Deby; Mahamat Déby
Idriss Déby :: Idriss Deby
Hassan Sheikh Mohamud
Mohamed Abdullahi Farmajo :: Mohamed Abdullahi Mohamed; Farmajo; Farmaajo
John Magufuli
Samia Suluhu Hassan :: Samia Suluhu; Suluhu
Hakainde Hichilema
Ellen Johnson Sirleaf :: Johnson Sirleaf; Sirleaf
George Weah
Paul Biya
Yahya Jammeh
Mswati III :: King Mswati III; King Mswati
Kofi Annan
Moussa Faki Mahamat :: Moussa Faki
Mahmoud Ali Youssouf
Ngozi Okonjo-Iweala :: Okonjo-Iweala
Tedros Adhanom Ghebreyesus :: Tedros Adhanom; Tedros; Dr Tedros
Akinwumi Adesina
Jovenel Moïse
Ariel Henry
# --- Latin America
Hugo Chávez
Nicolás Maduro
Juan Guaidó
Leopoldo López
María Corina Machado :: Maria Corina Machado; Machado
Edmundo González :: Edmundo González Urrutia
Henrique Capriles
Delcy Rodríguez
Diosdado Cabello
Vladimir Padrino López :: Padrino López; Vladimir Padrino
Jorge Arreaza
Fidel Castro :: Fidel
Raúl Castro ::
Miguel Díaz-Canel
Bruno Rodríguez Parrilla :: Bruno Rodríguez
Rodrigo Londoño :: Timochenko; Timoleón Jiménez; Rodrigo Londoño Echeverri
Álvaro Uribe
Iván Duque
Gustavo Petro
Juan Manuel Santos :: !Santos
Andrés Pastrana
Luiz Inácio Lula da Silva :: Lula; Lula da Silva; Luiz Inacio Lula da Silva; Luiz Inácio da Silva
Dilma Rousseff :: Dilma
Michel Temer
Jair Bolsonaro :: !Bolsonaro
Eduardo Bolsonaro
Fernando Collor de Mello :: Fernando Collor; Collor
Itamar Franco
Fernando Henrique Cardoso :: Cardoso
Celso Amorim
Antonio Patriota
Mauro Vieira
Ernesto Araújo
Fernando Haddad
Marina Silva
Carlos Salinas de Gortari :: Carlos Salinas; Salinas
Ernesto Zedillo
Vicente Fox
Felipe Calderón
Enrique Peña Nieto :: Peña Nieto
Andrés Manuel López Obrador :: López Obrador; AMLO; Obrador; Andres Manuel Lopez Obrador
Claudia Sheinbaum
Marcelo Ebrard
Alicia Bárcena
Juan Ramón de la Fuente :: de la Fuente
Luis Videgaray
Carlos Menem
Fernando de la Rúa :: de la Rúa; De la Rúa
Eduardo Duhalde
Néstor Kirchner
Cristina Fernández de Kirchner :: Cristina Kirchner; Cristina Fernandez; Fernández de Kirchner; CFK
Mauricio Macri
Alberto Fernández
Javier Milei
Sergio Massa
Diana Mondino
Santiago Cafiero
Felipe Solá
Susana Malcorra
Héctor Timerman
Jorge Faurie
Gerardo Werthein
Pablo Quirno
Patricio Aylwin
Eduardo Frei Ruiz-Tagle :: Eduardo Frei
Ricardo Lagos
Michelle Bachelet
Sebastián Piñera
Gabriel Boric
José Antonio Kast :: Kast
Evo Morales :: Evo
Jeanine Áñez
Luis Arce
Rodrigo Paz :: Rodrigo Paz Pereira
Rafael Correa
Lenín Moreno
Guillermo Lasso
Daniel Noboa
Daniel Ortega
Rosario Murillo
Nayib Bukele
Pedro Castillo
Dina Boluarte
Xiomara Castro
Bernardo Arévalo
# --- Southeast and East Asia, Pacific
Aung San Suu Kyi :: Suu Kyi; Daw Aung San Suu Kyi
Min Aung Hlaing ::
Hun Sen ::
Hun Manet ::
Thaksin Shinawatra :: Thaksin
Yingluck Shinawatra :: Yingluck
Paetongtarn Shinawatra :: Paetongtarn
Abhisit Vejjajiva :: Abhisit
Prayut Chan-o-cha :: Prayuth Chan-ocha; Prayut Chan-ocha; Prayut; Prayuth
Srettha Thavisin :: Srettha
Anutin Charnvirakul :: Anutin
Mahathir Mohamad :: Mahathir; Dr Mahathir
Abdullah Ahmad Badawi :: Badawi
Najib Razak :: Najib; Najib Tun Razak
Muhyiddin Yassin :: Muhyiddin
Ismail Sabri Yaakob :: Ismail Sabri
Anwar Ibrahim
Lee Kuan Yew ::
Goh Chok Tong :: Goh
Lee Hsien Loong ::
Lawrence Wong
Vivian Balakrishnan
Suharto :: Soeharto
B. J. Habibie :: B.J. Habibie; BJ Habibie; Habibie
Abdurrahman Wahid :: Gus Dur
Megawati Sukarnoputri :: Megawati
Susilo Bambang Yudhoyono :: Yudhoyono; SBY
Joko Widodo :: Jokowi; Widodo
Prabowo Subianto :: Prabowo
Ali Alatas
Hassan Wirajuda
Marty Natalegawa
Retno Marsudi :: Retno
Sugiono ::
Fidel Ramos :: Fidel V. Ramos
Joseph Estrada
Gloria Macapagal Arroyo :: Gloria Arroyo; Arroyo
Benigno Aquino III :: Noynoy Aquino; Benigno Aquino
Rodrigo Duterte :: !Duterte
Sara Duterte
Ferdinand Marcos Jr. :: Ferdinand Marcos Jr; Bongbong Marcos; Ferdinand "Bongbong" Marcos Jr.; Marcos Jr.; Marcos Jr; Marcos
Nguyen Phu Trong :: Nguyễn Phú Trọng; Trong
To Lam :: Tô Lâm
Nguyen Xuan Phuc :: Phuc
Pham Minh Chinh :: Chinh
# --- International organisations (people not listed above)
Javier Pérez de Cuéllar :: Pérez de Cuéllar; Perez de Cuellar
Manfred Wörner :: Manfred Woerner; +
Willy Claes
Javier Solana
George Robertson :: Lord Robertson
Jacques Delors
Jacques Santer
Jean-Claude Juncker
Catherine Ashton :: Lady Ashton
David Sassoli
Roberta Metsola
Wim Duisenberg
Jean-Claude Trichet
Michel Camdessus
Rodrigo Rato
Kristalina Georgieva
James Wolfensohn
Paul Wolfowitz
Robert Zoellick
Jim Yong Kim :: Jim Yong Kim
David Malpass
Ajay Banga
Supachai Panitchpakdi :: Supachai
Pascal Lamy
Roberto Azevêdo
Rafael Grossi :: Rafael Mariano Grossi; +
Margaret Chan
Lee Jong-wook :: Lee Jong-wook
Sadako Ogata
Filippo Grandi
Navi Pillay
Zeid Ra'ad Al Hussein :: Zeid Ra'ad al-Hussein; Prince Zeid
Volker Türk ::
Mohammad Barkindo
Haitham al-Ghais
Staffan de Mistura :: de Mistura
Lakhdar Brahimi
Fatou Bensouda
Karim Khan :: Karim A. A. Khan; Karim A.A. Khan
Greta Thunberg
Malala Yousafzai :: Malala; +
Abdul-Malik al-Houthi :: Abdulmalik al-Houthi; Abdul Malik al-Houthi
Abubakar Shekau
Abdullah Öcalan :: Abdullah Ocalan; +
Fethullah Gülen
# --- Turkey
Turgut Özal
Süleyman Demirel
Ahmet Necdet Sezer
Abdullah Gül
Recep Tayyip Erdoğan :: Tayyip Erdoğan; !Erdoğan; Recep Erdoğan
Emine Erdoğan
Tansu Çiller
Mesut Yılmaz
Necmettin Erbakan
Bülent Ecevit
Ahmet Davutoğlu
Binali Yıldırım
Ali Babacan
Mevlüt Çavuşoğlu :: Mevlut Cavusoglu; +
Feridun Sinirlioğlu
Hakan Fidan
İbrahim Kalın
Kemal Kılıçdaroğlu
Ekrem İmamoğlu
Özgür Özel
Devlet Bahçeli
Hulusi Akar
Selahattin Demirtaş
Berat Albayrak
Fahrettin Altun
Ömer Çelik
"""

# A derived surname is dropped when it is an ordinary capitalised English word or a
# common first name (the rows would fire on other people or on sentence starts).
BLOCK_SURNAME = set("""
May Brown Major Hunt Straw Cook Rice Baker Bishop Key English Martin Campbell Graham
Howard Kenny Jonathan Henry Paul Philippe Michel Gabriel Pavel Moreno Paz Fox Sharon
Warren Haley Austin Waltz Burns Cooper Patel Rama Anand Dion Champagne Carr Clark Wong
Abbott Smith Jones Lee Park Kim Li Wang Zhang Chen Liu Yang Zhao Han Singh Khan Sharif
Bhutto Gandhi Hussein Hussain Ali Ahmed Mohammed Hassan Abdullah Ibrahim Castro Kirchner
Fernández Rasmussen Papandreou Ivanov Kaczyński Aoun Hariri Salam Rajapaksa Shinawatra
Clinton Bush Cheney Powell Gates Carter Perry Cohen Lake O'Brien Sullivan Ryan Mitchell
Foley Ross Tai Power Frost Wallace Foster Donaldson O'Neill Darling Clarke Miller Rau
Klaus Dan Mustafa Silva López Rodríguez González Franco Ramos Estrada Cannon Emerson
Evans Nicholson Reynolds Robinson Adams Higgins Connolly McDonald Peters Chan Dar Asif
Aziz Omar Mansour Massoud Salami Rashid Abdi Suleiman Hamdan Moussa Youssouf Wine Faye
Traoré Mohamud Lagos Castillo Vieira Araújo Haddad Hun Tanaka Ashkenazi Bagheri
Mohammadi Ashraf Nawaz Zia Shekhar Mukherjee Sinha Patil Shah Yılmaz Çelik Andersson
Carlsson Michal Bruton Magyar Horn Manning Mao Lin Wei Dong Zhang Fu Ren He Ding Cai
Tang Hou Ko Goh Nguyen Pham To Cho Chung Kang Yun Hwang Choe Ri Roh Ban Lam Ma Wu Chu
Kennedy Prince William Harry Charles Elizabeth Francis Leo John Edward Sheikh
""".split())
# Re-allowed although they look like words: distinctive surnames of the listed people.
ALLOW_SURNAME = set()
