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
Costa Rica | Costa Rica | Costa Rican | Costa Ricans | |
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
Israel | Israel; State of Israel | Israeli | Israelis | Knesset; IDF; Israel Defense Forces; Israel Defence Forces; Israeli Defense Forces; Mossad; Shin Bet; Shabak; COGAT; Israeli Foreign Ministry | Jerusalem; Tel Aviv
Italy | Italy; Italian Republic | Italian | Italians | Palazzo Chigi; Farnesina; Quirinale; Quirinal Palace | Rome
Jamaica | Jamaica | Jamaican | Jamaicans | |
Japan | Japan | Japanese | | Kantei; National Diet; Self-Defense Forces; Self-Defence Forces; Japan Self-Defense Forces; Japanese Foreign Ministry | Tokyo
Jordan | Jordan; Hashemite Kingdom of Jordan | Jordanian | Jordanians | | Amman
Kazakhstan | Kazakhstan | Kazakh; Kazakhstani | Kazakhs; Kazakhstanis | Akorda | Astana; Nur-Sultan
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
Myanmar | Myanmar; Burma | Burmese; Myanmarese | | Tatmadaw; Myanmar junta; Burmese junta | Naypyidaw; Naypyitaw; Nay Pyi Taw
Namibia | Namibia | Namibian | Namibians | | Windhoek
Nauru | Nauru | Nauruan | Nauruans | |
Nepal | Nepal | Nepali; Nepalese | Nepalis | | Kathmandu
Netherlands | the Netherlands; Holland | Dutch | Dutchmen | | Binnenhof
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
United Kingdom | the United Kingdom; UK; U.K.; Britain; Great Britain; the United Kingdom of Great Britain and Northern Ireland | British; UK | Britons; Brits | Downing Street; Number 10; No 10; No. 10; Number Ten; Foreign Office; Foreign and Commonwealth Office; FCO; Foreign, Commonwealth and Development Office; FCDO; Home Office; Ministry of Defence; MoD; MI5; MI6; GCHQ; Secret Intelligence Service; House of Commons; House of Lords; HM Treasury; Buckingham Palace; Royal Navy; British Army; RAF; Royal Air Force; HM Government | London; Westminster; Whitehall
Tanzania | Tanzania; United Republic of Tanzania | Tanzanian | Tanzanians | | Dodoma; Dar es Salaam
United States | the United States; US; U.S.; USA; U.S.A.; America; the United States of America | American; US; U.S. | Americans | White House; Pentagon; State Department; US State Department; U.S. State Department; Department of State; Foggy Bottom; Congress; US Congress; U.S. Congress; US Senate; U.S. Senate; US House of Representatives; U.S. House of Representatives; CIA; Central Intelligence Agency; FBI; Federal Bureau of Investigation; NSA; National Security Agency; Justice Department; Department of Justice; DOJ; Treasury Department; US Treasury; U.S. Treasury; Department of the Treasury; Commerce Department; Department of Commerce; Defense Department; Department of Defense; Department of War; War Department; Department of Homeland Security; DHS; Joint Chiefs of Staff; Joint Chiefs; National Security Council; US military; U.S. military; US Army; U.S. Army; US Navy; U.S. Navy; US Air Force; U.S. Air Force; US Marines; USTR; Office of the US Trade Representative; USAID | Washington; Washington DC; Washington D.C.; Capitol Hill; Oval Office
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
             "Byelorussia", "Byelorussian", "Kirgizia", "Kirghiz", "the Islamic Republic",
             "Aotearoa", "Palestinian territories", "Kampuchea", "Swaziland"}


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
Bill Clinton :: William Jefferson Clinton
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
Henry Paulson :: Hank Paulson; +
Timothy Geithner :: Tim Geithner; +
Jack Lew :: Jacob Lew; +
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
Karine Jean-Pierre ::
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
Charles III :: King Charles III; King Charles; Prince Charles
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
Mohammed Shia al-Sudani :: al-Sudani; Sudani
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
Kennedy Prince William Harry Charles Elizabeth Francis Leo John Edward Sheikh Peng
Christopher Assaf
""".split())
# Plain-ASCII spellings that would be ordinary words (Støre -> Store).
NO_FOLD = {"Store", "Sola"}
# Re-allowed although they look like words: distinctive surnames of the listed people.
ALLOW_SURNAME = set()


# ---------------------------------------------------------------------------
# Organisations: canonical :: variants (the canonical is always a variant).
# ---------------------------------------------------------------------------
ORGS = r"""
# --- United Nations system
United Nations :: UN; U.N.; United Nations Organization
UN Security Council :: Security Council; United Nations Security Council; U.N. Security Council; UNSC; UN Security Council
UN General Assembly :: General Assembly; United Nations General Assembly; U.N. General Assembly; UNGA
UN Human Rights Council :: Human Rights Council; United Nations Human Rights Council; U.N. Human Rights Council; UNHRC
UN Secretariat :: United Nations Secretariat
UNHCR :: UN refugee agency; U.N. refugee agency; UN Refugee Agency; United Nations High Commissioner for Refugees; Office of the United Nations High Commissioner for Refugees
UNICEF :: United Nations Children's Fund; UN Children's Fund; Unicef
UNESCO :: United Nations Educational, Scientific and Cultural Organization; Unesco
UNRWA :: United Nations Relief and Works Agency; UN Relief and Works Agency; Unrwa
World Food Programme :: WFP; World Food Program; UN World Food Programme
World Health Organization :: WHO; World Health Organisation; W.H.O.
International Atomic Energy Agency :: IAEA; UN nuclear watchdog; U.N. nuclear watchdog
International Monetary Fund :: IMF; I.M.F.
World Bank :: World Bank Group; International Bank for Reconstruction and Development; IBRD
World Trade Organization :: WTO; World Trade Organisation
International Labour Organization :: ILO; International Labor Organization; International Labour Organisation
Food and Agriculture Organization :: FAO; UN Food and Agriculture Organization
UN Development Programme :: UNDP; United Nations Development Programme; UN Development Program
UN Environment Programme :: UNEP; United Nations Environment Programme
UNFCCC :: United Nations Framework Convention on Climate Change; UN climate body; UN Climate Change
Office of the UN High Commissioner for Human Rights :: OHCHR; UN human rights office; U.N. human rights office; UN Human Rights Office
OCHA :: UN Office for the Coordination of Humanitarian Affairs; Office for the Coordination of Humanitarian Affairs; UN humanitarian office
International Court of Justice :: ICJ; World Court
International Criminal Court :: ICC; Hague-based International Criminal Court
International Organization for Migration :: IOM; UN migration agency
UNCTAD :: UN Conference on Trade and Development; United Nations Conference on Trade and Development
UNIFIL :: UN Interim Force in Lebanon; United Nations Interim Force in Lebanon; Unifil
MONUSCO :: Monusco; UN mission in Congo
UNMISS :: UN Mission in South Sudan; United Nations Mission in South Sudan
OPCW :: Organisation for the Prohibition of Chemical Weapons; Organization for the Prohibition of Chemical Weapons
CTBTO :: Comprehensive Nuclear-Test-Ban Treaty Organization
IPCC :: Intergovernmental Panel on Climate Change
World Meteorological Organization :: WMO
International Telecommunication Union :: ITU
International Civil Aviation Organization :: ICAO
International Maritime Organization :: IMO
UN Women :: UN Women
UNAIDS :: UNAIDS
UNFPA :: UN Population Fund; United Nations Population Fund
# --- Europe
European Union :: EU; E.U.; Union européenne
European Commission :: EU Commission; E.U. Commission; Berlaymont; Commission of the European Union; Brussels Commission
European Council :: European Council summit
Council of the European Union :: Council of the EU; EU Council of Ministers; Council of Ministers of the EU
European Parliament :: Europarliament; EU Parliament; E.U. Parliament
European Central Bank :: ECB; E.C.B.
Court of Justice of the European Union :: European Court of Justice; ECJ; CJEU; EU Court of Justice; EU court; EU top court
European Court of Human Rights :: ECHR; ECtHR; Strasbourg court
Council of Europe :: Council of Europe
Eurogroup :: Euro Group; eurogroup
European External Action Service :: EEAS; EU diplomatic service
Frontex :: European Border and Coast Guard Agency
Europol :: European Police Office
European Investment Bank :: EIB
European Stability Mechanism :: ESM
European Free Trade Association :: EFTA
OSCE :: Organization for Security and Co-operation in Europe; Organisation for Security and Co-operation in Europe; Organization for Security and Cooperation in Europe
OSCE Minsk Group :: Minsk Group
NATO :: Nato; N.A.T.O.; North Atlantic Treaty Organization; North Atlantic Treaty Organisation; North Atlantic Alliance; Atlantic Alliance; OTAN
Visegrad Group :: Visegrád Group; Visegrad Four; V4
Nordic Council :: Nordic Council
Weimar Triangle :: Weimar Triangle
# --- Groupings and regional bodies
G7 :: G-7; Group of Seven; G7 nations
G8 :: G-8; Group of Eight
G20 :: G-20; Group of 20; Group of Twenty
BRICS :: Brics; BRICS Plus
Shanghai Cooperation Organisation :: SCO; Shanghai Cooperation Organization
ASEAN :: Asean; Association of Southeast Asian Nations; Association of South East Asian Nations
APEC :: Asia-Pacific Economic Cooperation; Apec
ASEAN Regional Forum :: ARF
East Asia Summit :: East Asia Summit
African Union :: AU; A.U.; African Union Commission; AU Commission; Organisation of African Unity; Organization of African Unity; OAU
ECOWAS :: Economic Community of West African States; Ecowas
SADC :: Southern African Development Community
IGAD :: Intergovernmental Authority on Development
East African Community :: EAC
Alliance of Sahel States :: AES; Sahel alliance
Arab League :: League of Arab States
Gulf Cooperation Council :: GCC; Cooperation Council for the Arab States of the Gulf
Organisation of Islamic Cooperation :: OIC; Organization of Islamic Cooperation; Organisation of the Islamic Conference; Organization of the Islamic Conference
OPEC :: Organization of the Petroleum Exporting Countries; Organisation of the Petroleum Exporting Countries; Opec
~OPEC+ :: OPEC Plus; OPEC-plus; Opec Plus
Organization of American States :: OAS; Organisation of American States
Mercosur :: Mercosul; Southern Common Market
CELAC :: Community of Latin American and Caribbean States
CARICOM :: Caribbean Community; Caricom
Pacific Islands Forum :: Pacific Islands Forum
Collective Security Treaty Organization :: CSTO; Collective Security Treaty Organisation
Eurasian Economic Union :: EAEU; Eurasian Economic Community
Commonwealth of Independent States :: CIS
Commonwealth of Nations :: Commonwealth; Commonwealth of Nations; Commonwealth Secretariat
Union State :: Union State of Russia and Belarus
Quad :: Quadrilateral Security Dialogue
AUKUS :: Aukus
Five Eyes :: Five Eyes alliance
I2U2 :: I2U2
NORAD :: North American Aerospace Defense Command; Norad
OECD :: Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development
Financial Action Task Force :: FATF
Bank for International Settlements :: BIS
Interpol :: International Criminal Police Organization; INTERPOL
Paris Club :: Paris Club
Asian Development Bank :: ADB
Asian Infrastructure Investment Bank :: AIIB
New Development Bank :: BRICS bank
Non-Aligned Movement :: Non-Aligned Movement
International Energy Agency :: IEA
# --- Humanitarian and rights groups, sport
International Committee of the Red Cross :: ICRC; Red Cross; International Red Cross
Red Crescent :: Palestinian Red Crescent; Red Crescent Society
Médecins Sans Frontières :: MSF; Doctors Without Borders; Medecins Sans Frontieres
Amnesty International :: Amnesty
Human Rights Watch :: HRW
Reporters Without Borders :: Reporters Sans Frontières
Committee to Protect Journalists :: CPJ
Transparency International :: Transparency International
Greenpeace :: Greenpeace
International Olympic Committee :: IOC
FIFA :: Fifa
World Anti-Doping Agency :: WADA
WikiLeaks :: Wikileaks
IHH :: Humanitarian Relief Foundation; IHH Humanitarian Relief Foundation
Nobel Committee :: Norwegian Nobel Committee
# --- Armed groups and movements
Hamas :: Islamic Resistance Movement; HAMAS; Qassam Brigades; al-Qassam Brigades; Izz ad-Din al-Qassam Brigades; Ezzedine al-Qassam Brigades
Hezbollah :: Hizbollah; Hizballah; Hizbullah
Palestinian Islamic Jihad :: Islamic Jihad; PIJ; Al-Quds Brigades; al-Quds Brigades
Fatah :: Fatah movement
Palestine Liberation Organization :: PLO; Palestine Liberation Organisation
Taliban :: Afghan Taliban; Taleban
Tehrik-i-Taliban Pakistan :: TTP; Pakistani Taliban; Tehreek-e-Taliban Pakistan
Haqqani network :: Haqqani Network
al-Qaeda :: al Qaeda; al-Qaida; al Qaida; Al-Qaeda; Al Qaeda; Al-Qaida; Al Qaida; AQAP; al-Qaeda in the Arabian Peninsula; Al-Qaeda in the Islamic Maghreb; AQIM
Islamic State :: ISIS; ISIL; Daesh; Islamic State group; Islamic State of Iraq and the Levant; Islamic State of Iraq and Syria; so-called Islamic State; ISIS-K; Islamic State Khorasan; IS-K
Houthis :: Houthi; Houthi movement; Houthi rebels; Ansar Allah; Ansarullah
al-Shabaab :: al-Shabab; Al-Shabaab; Al-Shabab; al Shabaab
Boko Haram :: Boko Haram
JNIM :: Jama'at Nasr al-Islam wal Muslimin; Group for the Support of Islam and Muslims
PKK :: Kurdistan Workers' Party; Kurdistan Workers Party
YPG :: People's Protection Units; Kurdish YPG
Syrian Democratic Forces :: SDF
Hayat Tahrir al-Sham :: HTS; Hayat Tahrir al Sham; Tahrir al-Sham; Nusra Front; al-Nusra Front; Jabhat al-Nusra
Free Syrian Army :: FSA
Syrian National Army :: SNA
Kataib Hezbollah :: Kata'ib Hezbollah; Kataib Hizbollah
Popular Mobilization Forces :: PMF; Hashd al-Shaabi; Popular Mobilisation Forces; Popular Mobilization Units
Muslim Brotherhood :: Ikhwan
FARC :: Revolutionary Armed Forces of Colombia; FARC-EP; Farc
ELN :: National Liberation Army of Colombia; Ejército de Liberación Nacional
Wagner Group :: Wagner; PMC Wagner; Wagner private military company; Wagner mercenaries; Wagner PMC
Africa Corps :: Africa Corps
Rapid Support Forces :: RSF
M23 :: M23 rebels; March 23 Movement; AFC/M23
Polisario Front :: Polisario
Irish Republican Army :: Provisional IRA
Lashkar-e-Taiba :: LeT; Lashkar-e-Toiba
Jaish-e-Mohammed :: JeM; Jaish-e-Muhammad
Tigray People's Liberation Front :: TPLF
SPLM-IO :: SPLA-IO; Sudan People's Liberation Movement-in-Opposition
Sudan People's Liberation Movement :: SPLM
Azov Brigade :: Azov Regiment; Azov Battalion; Azov movement
Proud Boys :: Proud Boys
# --- Parties
Republican Party :: Republicans; GOP; G.O.P.; Republican; Grand Old Party; Senate Republicans; House Republicans
Democratic Party :: Democrats; Democrat; Democratic National Committee; DNC; Senate Democrats; House Democrats
Conservative Party :: Conservatives; Tories; Tory; Conservative; Tory party; Conservative and Unionist Party
Labour Party :: Labour; Labour party; UK Labour; British Labour
Liberal Democrats :: Lib Dems; Lib Dem; LibDems
Scottish National Party :: SNP
Democratic Unionist Party :: DUP
Sinn Féin :: Sinn Fein
Reform UK :: Reform Party UK
UK Independence Party :: UKIP; Ukip
Brexit Party :: Brexit Party
Christian Democratic Union :: CDU; Christian Democrats; CDU/CSU
Christian Social Union :: CSU
Social Democratic Party of Germany :: SPD; German Social Democrats; Social Democrats
Alliance 90/The Greens :: German Greens; Bündnis 90/Die Grünen
Free Democratic Party :: FDP; Free Democrats
Alternative for Germany :: AfD; Alternative für Deutschland
Die Linke :: Left Party
Sahra Wagenknecht Alliance :: BSW
~Renaissance :: La République En Marche; La République en Marche; En Marche; LREM; LaREM; Renaissance party
National Rally :: Rassemblement National; Rassemblement national; National Front; Front National; Front national
Les Républicains :: Les Republicains
La France Insoumise :: LFI; France Unbowed
French Socialist Party :: Parti Socialiste; Parti socialiste
United Russia :: Yedinaya Rossiya
Communist Party of the Russian Federation :: KPRF; Russian Communist Party
LDPR :: Liberal Democratic Party of Russia
A Just Russia :: Just Russia
Communist Party of the Soviet Union :: CPSU; Soviet Communist Party
Bharatiya Janata Party :: BJP
Indian National Congress :: Congress party; Congress Party
Aam Aadmi Party ::
Communist Party of China :: Chinese Communist Party; CCP; CPC; Communist Party of China Central Committee; CPC Central Committee
Workers' Party of Korea :: WPK; Korean Workers' Party; Workers Party of Korea
Kuomintang :: KMT; Nationalist Party
Democratic Progressive Party :: DPP
Liberal Democratic Party :: LDP; Japan Liberal Democratic Party; Liberal Democratic Party of Japan
People Power Party :: People Power Party
Democratic Party of Korea :: Democratic Party of Korea
Likud :: Likud party
Yesh Atid :: Yesh Atid
Otzma Yehudit :: Jewish Power
Fidesz :: Fidesz party
~Tisza :: Tisza party
Law and Justice :: PiS; Law and Justice party
Civic Platform :: Civic Coalition
Justice and Development Party :: AKP; AK Party; AK Parti
Republican People's Party :: CHP; Republican People’s Party
Nationalist Movement Party :: MHP
Peoples' Democratic Party :: HDP
African National Congress :: ANC
Democratic Alliance :: Democratic Alliance
Economic Freedom Fighters :: EFF
~Workers' Party :: Brazil Workers' Party; Partido dos Trabalhadores; Brazilian Workers' Party
~Liberal Party :: Brazil Liberal Party
Morena :: Morena party; National Regeneration Movement
Pakistan Tehreek-e-Insaf :: PTI; Pakistan Tehrik-e-Insaf
Pakistan Muslim League-N :: PML-N; PML(N); Pakistan Muslim League (Nawaz)
Pakistan Peoples Party :: Pakistan People's Party
Awami League :: Awami League
Bangladesh Nationalist Party ::
Georgian Dream :: Georgian Dream party
Freedom Party of Austria :: FPÖ; FPO; Austrian Freedom Party
Sweden Democrats :: Sweden Democrats
Brothers of Italy :: Fratelli d'Italia; FdI
Lega :: Northern League; Lega Nord
Five Star Movement :: M5S; 5-Star Movement; Five-Star Movement
Forza Italia :: Forza Italia
Syriza :: SYRIZA
New Democracy :: Nea Dimokratia
PSOE :: Spanish Socialist Workers' Party; Spanish Socialists
Partido Popular :: Spain People's Party; Spanish People's Party
~Vox :: Spain Vox; Vox party
Party for Freedom :: PVV
Australian Labor Party :: Labor Party; ALP
Liberal Party of Australia :: Australian Liberal Party
Liberal Party of Canada :: Canadian Liberals; Liberal Party of Canada
Conservative Party of Canada :: Canadian Conservatives
Ennahda :: Ennahdha; Nahda
Baath Party :: Ba'ath Party; Baath; Ba'ath
ZANU-PF :: Zanu-PF; ZANU PF
Chama Cha Mapinduzi :: CCM
National League for Democracy :: NLD
Pheu Thai :: Pheu Thai Party
~People's Party :: Move Forward Party; Thailand People's Party
PRI :: Institutional Revolutionary Party
Peronist movement :: Peronists; Peronism; Justicialist Party
United Socialist Party of Venezuela :: PSUV
Smer :: Smer-SD
ANO :: ANO party; ANO movement
# --- Companies and state enterprises in political news
Gazprom :: Gazprom Neft
Rosneft :: Rosneft
Lukoil :: LUKOIL
Novatek :: Novatek
Rosatom :: Rosatom
Transneft :: Transneft
Rosoboronexport :: Rosoboronexport
Roscosmos :: Roscosmos
Sberbank :: Sber
VTB :: VTB Bank
Aeroflot :: Aeroflot
Kaspersky :: Kaspersky Lab
Nord Stream AG :: Nord Stream 2 AG
Naftogaz :: Naftogaz
Huawei :: Huawei Technologies
ZTE :: ZTE Corp; ZTE Corporation
TikTok :: TikTok
ByteDance :: ByteDance
Alibaba :: Alibaba Group
Tencent :: Tencent
SMIC :: Semiconductor Manufacturing International Corporation
TSMC :: Taiwan Semiconductor Manufacturing Company; Taiwan Semiconductor Manufacturing Co
Samsung :: Samsung Electronics
Sinopec :: Sinopec
CNPC :: China National Petroleum Corporation; PetroChina
CNOOC :: China National Offshore Oil Corporation
Saudi Aramco :: Aramco
ADNOC :: Abu Dhabi National Oil Company
QatarEnergy :: Qatar Petroleum
Petrobras :: Petrobras
Pemex :: Petróleos Mexicanos
PDVSA :: Petróleos de Venezuela
Shell :: Royal Dutch Shell
BP :: BP plc
ExxonMobil :: Exxon Mobil; Exxon
Chevron :: Chevron
TotalEnergies :: TotalEnergies
Equinor :: Statoil
Eni :: ENI
Uniper :: Uniper
Wintershall :: Wintershall Dea
OMV :: OMV
Allseas :: Allseas
Boeing :: Boeing
Airbus :: Airbus
Lockheed Martin :: Lockheed
Raytheon :: RTX; Raytheon Technologies
Northrop Grumman :: Northrop
General Dynamics :: General Dynamics
BAE Systems :: BAE
Rheinmetall :: Rheinmetall
Dassault Aviation :: Dassault
Naval Group :: Naval Group
Nvidia :: NVIDIA
Intel :: Intel
Microsoft :: Microsoft
Google :: Alphabet
Facebook :: Facebook
SpaceX :: SpaceX
Starlink :: Starlink
Tesla :: Tesla
SolarWinds :: SolarWinds
Ryanair :: Ryanair
NSO Group :: NSO
Internet Research Agency :: IRA troll factory
Cambridge Analytica :: Cambridge Analytica
SWIFT :: Swift payment system; SWIFT system
Al Jazeera :: Al-Jazeera; Al Jazeera Media Network
# --- Central banks (kept as organisations, not as the state)
Federal Reserve :: Fed; US Federal Reserve; U.S. Federal Reserve; Federal Reserve Board
Bank of England :: BoE
Bank of Japan :: BoJ; BOJ
People's Bank of China :: PBOC; PBoC
Central Bank of Russia :: Bank of Russia; Russian central bank
Reserve Bank of India :: RBI
Bundesbank :: Deutsche Bundesbank
Swiss National Bank :: SNB
"""


# ---------------------------------------------------------------------------
# Role phrases. "@ Country | templates" ("@ - |" for phrases not tied to a
# country). Template macros: PRES, PM, PMX (no "premier"), FM, LEADER, CHANC,
# DEF, KING, QUEEN, MONARCH, VP, EMIR, CROWN; {A} adjective, {N} name, {TN} name
# with its article. One "holder | from | to" line per term (dates inclusive of
# the hand-over day on both sides; an empty side is open-ended).
# ---------------------------------------------------------------------------
MACROS = {
    "PRES": ["{A} president", "{N} president", "president of {TN}"],
    "PM": ["{A} prime minister", "{N} prime minister", "prime minister of {TN}", "{A} PM", "{N} PM",
           "{A} premier", "{N} premier"],
    "PMX": ["{A} prime minister", "{N} prime minister", "prime minister of {TN}", "{A} PM", "{N} PM"],
    "FM": ["{A} foreign minister", "{N} foreign minister", "foreign minister of {TN}",
           "{A} foreign affairs minister", "{N} foreign affairs minister"],
    "LEADER": ["{A} leader", "{N} leader", "leader of {TN}"],
    "CHANC": ["{A} chancellor", "{N} chancellor", "chancellor of {TN}"],
    "DEF": ["{A} defence minister", "{A} defense minister", "{N} defence minister",
            "{N} defense minister"],
    "KING": ["{A} king", "{N} king", "king of {TN}", "{A} monarch", "{N} monarch"],
    "QUEEN": ["{A} queen", "{N} queen", "queen of {TN}", "{A} monarch", "{N} monarch"],
    "MONARCH": ["{A} monarch", "{N} monarch"],
    "VP": ["{A} vice president", "{N} vice president", "vice president of {TN}",
           "{A} vice-president", "{N} vice-president"],
    "EMIR": ["{A} emir", "{N} emir", "emir of {TN}", "{A} amir", "{N} amir"],
    "CROWN": ["{A} crown prince", "{N} crown prince", "crown prince of {TN}"],
    "TOPDIP": ["{A} top diplomat", "{N} top diplomat"],
    "SUPREME": ["{A} supreme leader", "{N} supreme leader", "supreme leader of {TN}"],
    "ARMY": ["{A} army chief", "{N} army chief", "{A} army chief of staff"],
}

OFFICES = r"""
# ===================== United States
@ United States | PRES; LEADER; POTUS; president of the United States of America; American commander-in-chief
Ronald Reagan | 1981-01-20 | 1989-01-20
George H. W. Bush | 1989-01-20 | 1993-01-20
Bill Clinton | 1993-01-20 | 2001-01-20
George W. Bush | 2001-01-20 | 2009-01-20
Barack Obama | 2009-01-20 | 2017-01-20
Donald Trump | 2017-01-20 | 2021-01-20
Joe Biden | 2021-01-20 | 2025-01-20
Donald Trump | 2025-01-20 |
@ United States | VP
George H. W. Bush | 1981-01-20 | 1989-01-20
Dan Quayle | 1989-01-20 | 1993-01-20
Al Gore | 1993-01-20 | 2001-01-20
Dick Cheney | 2001-01-20 | 2009-01-20
Joe Biden | 2009-01-20 | 2017-01-20
Mike Pence | 2017-01-20 | 2021-01-20
Kamala Harris | 2021-01-20 | 2025-01-20
JD Vance | 2025-01-20 |
@ United States | {A} secretary of state; {N} secretary of state; TOPDIP; {A} foreign minister
George Shultz | 1982-07-16 | 1989-01-20
James Baker | 1989-01-25 | 1992-08-23
Lawrence Eagleburger | 1992-08-23 | 1993-01-20
Warren Christopher | 1993-01-20 | 1997-01-17
Madeleine Albright | 1997-01-23 | 2001-01-20
Colin Powell | 2001-01-20 | 2005-01-26
Condoleezza Rice | 2005-01-26 | 2009-01-20
Hillary Clinton | 2009-01-21 | 2013-02-01
John Kerry | 2013-02-01 | 2017-01-20
Rex Tillerson | 2017-02-01 | 2018-03-31
Mike Pompeo | 2018-04-26 | 2021-01-20
Antony Blinken | 2021-01-26 | 2025-01-20
Marco Rubio | 2025-01-21 |
@ United States | {A} defense secretary; {A} defence secretary; {N} defense secretary; {A} secretary of defense; secretary of defense; Pentagon chief; Pentagon head; Pentagon boss
Dick Cheney | 1989-03-21 | 1993-01-20
Les Aspin | 1993-01-20 | 1994-02-03
William Perry | 1994-02-03 | 1997-01-23
William Cohen | 1997-01-24 | 2001-01-20
Donald Rumsfeld | 2001-01-20 | 2006-12-18
Robert Gates | 2006-12-18 | 2011-07-01
Leon Panetta | 2011-07-01 | 2013-02-26
Chuck Hagel | 2013-02-27 | 2015-02-17
Ash Carter | 2015-02-17 | 2017-01-20
Jim Mattis | 2017-01-20 | 2019-01-01
Patrick Shanahan | 2019-01-01 | 2019-06-23
Mark Esper | 2019-07-23 | 2020-11-09
Lloyd Austin | 2021-01-22 | 2025-01-20
Pete Hegseth | 2025-01-25 |
@ United States | {A} war secretary; {A} secretary of war; secretary of war
Pete Hegseth | 2025-09-05 |
@ United States | {A} national security adviser; {A} national security advisor; White House national security adviser; White House national security advisor
Brent Scowcroft | 1989-01-20 | 1993-01-20
Anthony Lake | 1993-01-20 | 1997-03-14
Sandy Berger | 1997-03-14 | 2001-01-20
Condoleezza Rice | 2001-01-20 | 2005-01-26
Stephen Hadley | 2005-01-26 | 2009-01-20
James L. Jones | 2009-01-20 | 2010-10-08
Tom Donilon | 2010-10-08 | 2013-07-01
Susan Rice | 2013-07-01 | 2017-01-20
Michael Flynn | 2017-01-20 | 2017-02-13
H. R. McMaster | 2017-02-20 | 2018-04-09
John Bolton | 2018-04-09 | 2019-09-10
Robert O'Brien | 2019-09-18 | 2021-01-20
Jake Sullivan | 2021-01-20 | 2025-01-20
Mike Waltz | 2025-01-20 | 2025-05-01
Marco Rubio | 2025-05-01 |
@ United States | House speaker; speaker of the House; US House speaker; U.S. House speaker; speaker of the House of Representatives; House of Representatives speaker
Tom Foley | 1989-06-06 | 1995-01-03
Newt Gingrich | 1995-01-04 | 1999-01-03
Dennis Hastert | 1999-01-06 | 2007-01-03
Nancy Pelosi | 2007-01-04 | 2011-01-03
John Boehner | 2011-01-05 | 2015-10-29
Paul Ryan | 2015-10-29 | 2019-01-03
Nancy Pelosi | 2019-01-03 | 2023-01-03
Kevin McCarthy | 2023-01-07 | 2023-10-03
Mike Johnson | 2023-10-25 |
@ United States | Senate majority leader; US Senate majority leader; U.S. Senate majority leader
George Mitchell | 1989-01-03 | 1995-01-03
Bob Dole | 1995-01-03 | 1996-06-11
Trent Lott | 1996-06-12 | 2001-06-06
Tom Daschle | 2001-06-06 | 2003-01-03
Bill Frist | 2003-01-03 | 2007-01-03
Harry Reid | 2007-01-03 | 2015-01-03
Mitch McConnell | 2015-01-03 | 2021-01-20
Chuck Schumer | 2021-01-20 | 2025-01-03
John Thune | 2025-01-03 |
@ United States | {A} treasury secretary; {A} secretary of the treasury; {N} treasury secretary; {A} finance minister
Henry Paulson | 2006-07-10 | 2009-01-20
Timothy Geithner | 2009-01-26 | 2013-01-25
Jack Lew | 2013-02-28 | 2017-01-20
Steven Mnuchin | 2017-02-13 | 2021-01-20
Janet Yellen | 2021-01-26 | 2025-01-20
Scott Bessent | 2025-01-28 |
@ United States | {A} attorney general; attorney general of {TN}
William Barr | 1991-11-26 | 1993-01-20
William Barr | 2019-02-14 | 2020-12-23
Merrick Garland | 2021-03-11 | 2025-01-20
Pam Bondi | 2025-02-05 |
@ - | Fed chair; Fed chairman; Fed chairwoman; Fed chief; Fed head; Federal Reserve chair; Federal Reserve chairman; Federal Reserve chairwoman; chair of the Federal Reserve; chairman of the Federal Reserve; US central bank chief
Alan Greenspan | 1987-08-11 | 2006-01-31
Ben Bernanke | 2006-02-01 | 2014-01-31
Janet Yellen | 2014-02-03 | 2018-02-03
Jerome Powell | 2018-02-05 |
@ United States | White House press secretary; White House spokeswoman; White House spokesman; White House spokesperson
Sean Spicer | 2017-01-20 | 2017-07-21
Stephanie Grisham | 2019-07-01 | 2020-04-07
Jen Psaki | 2021-01-20 | 2022-05-13
Karine Jean-Pierre | 2022-05-13 | 2025-01-20
Karoline Leavitt | 2025-01-20 |
@ United States | {A} first lady; first lady of {TN}
Michelle Obama | 2009-01-20 | 2017-01-20
Melania Trump | 2017-01-20 | 2021-01-20
Jill Biden | 2021-01-20 | 2025-01-20
Melania Trump | 2025-01-20 |
@ United States | {A} ambassador to the United Nations; {A} ambassador to the UN; {A} UN ambassador; {A} envoy to the UN
Samantha Power | 2013-08-05 | 2017-01-20
Nikki Haley | 2017-01-27 | 2018-12-31
Linda Thomas-Greenfield | 2021-02-25 | 2025-01-20
@ United States | CIA director; CIA chief; director of the CIA; {A} spy chief
Gina Haspel | 2018-05-21 | 2021-01-20
William Burns | 2021-03-19 | 2025-01-20
John Ratcliffe | 2025-01-23 |
@ United States | FBI director; FBI chief; director of the FBI
Robert Mueller | 2001-09-04 | 2013-09-04
James Comey | 2013-09-04 | 2017-05-09
Kash Patel | 2025-02-21 |
# ===================== United Kingdom
@ United Kingdom | PM; LEADER
Margaret Thatcher | 1979-05-04 | 1990-11-28
John Major | 1990-11-28 | 1997-05-02
Tony Blair | 1997-05-02 | 2007-06-27
Gordon Brown | 2007-06-27 | 2010-05-11
David Cameron | 2010-05-11 | 2016-07-13
Theresa May | 2016-07-13 | 2019-07-24
Boris Johnson | 2019-07-24 | 2022-09-06
Liz Truss | 2022-09-06 | 2022-10-25
Rishi Sunak | 2022-10-25 | 2024-07-05
Keir Starmer | 2024-07-05 |
@ United Kingdom | {A} foreign secretary; {N} foreign secretary; FM; TOPDIP; foreign secretary of {TN}
Douglas Hurd | 1989-10-26 | 1995-07-05
Malcolm Rifkind | 1995-07-05 | 1997-05-02
Robin Cook | 1997-05-02 | 2001-06-08
Jack Straw | 2001-06-08 | 2006-05-05
Margaret Beckett | 2006-05-05 | 2007-06-27
David Miliband | 2007-06-28 | 2010-05-11
William Hague | 2010-05-12 | 2014-07-14
Philip Hammond | 2014-07-15 | 2016-07-13
Boris Johnson | 2016-07-13 | 2018-07-09
Jeremy Hunt | 2018-07-09 | 2019-07-24
Dominic Raab | 2019-07-24 | 2021-09-15
Liz Truss | 2021-09-15 | 2022-09-06
James Cleverly | 2022-09-06 | 2023-11-13
David Cameron | 2023-11-13 | 2024-07-05
David Lammy | 2024-07-05 | 2025-09-05
Yvette Cooper | 2025-09-05 |
@ United Kingdom | {A} chancellor; {N} chancellor; chancellor of the exchequer; {A} finance minister; {N} finance minister; {A} finance secretary
Norman Lamont | 1990-11-28 | 1993-05-27
Kenneth Clarke | 1993-05-27 | 1997-05-02
Gordon Brown | 1997-05-02 | 2007-06-27
Alistair Darling | 2007-06-28 | 2010-05-11
George Osborne | 2010-05-11 | 2016-07-13
Philip Hammond | 2016-07-13 | 2019-07-24
Sajid Javid | 2019-07-24 | 2020-02-13
Rishi Sunak | 2020-02-13 | 2022-07-05
Nadhim Zahawi | 2022-07-05 | 2022-09-06
Kwasi Kwarteng | 2022-09-06 | 2022-10-14
Jeremy Hunt | 2022-10-14 | 2024-07-05
Rachel Reeves | 2024-07-05 |
@ United Kingdom | {A} defence secretary; {N} defence secretary; DEF
Ben Wallace | 2019-07-24 | 2023-08-31
Grant Shapps | 2023-08-31 | 2024-07-05
John Healey | 2024-07-05 |
@ United Kingdom | {A} home secretary; {N} home secretary
Theresa May | 2010-05-12 | 2016-07-13
Priti Patel | 2019-07-24 | 2022-09-06
Suella Braverman | 2022-09-06 | 2023-11-13
James Cleverly | 2023-11-13 | 2024-07-05
Yvette Cooper | 2024-07-05 | 2025-09-05
@ United Kingdom | QUEEN
Elizabeth II | 1952-02-06 | 2022-09-08
@ United Kingdom | KING
Charles III | 2022-09-08 |
@ United Kingdom | Labour leader; leader of the Labour Party; Labour Party leader; Labour party leader
Neil Kinnock | 1983-10-02 | 1992-07-18
John Smith | 1992-07-18 | 1994-05-12
Tony Blair | 1994-07-21 | 2007-06-24
Gordon Brown | 2007-06-24 | 2010-05-11
Ed Miliband | 2010-09-25 | 2015-05-08
Jeremy Corbyn | 2015-09-12 | 2020-04-04
Keir Starmer | 2020-04-04 |
@ United Kingdom | Conservative leader; Tory leader; Conservative Party leader; leader of the Conservative Party; Conservative party leader
Margaret Thatcher | 1975-02-11 | 1990-11-27
John Major | 1990-11-27 | 1997-06-19
William Hague | 1997-06-19 | 2001-09-13
Iain Duncan Smith | 2001-09-13 | 2003-11-06
Michael Howard | 2003-11-06 | 2005-12-06
David Cameron | 2005-12-06 | 2016-07-11
Theresa May | 2016-07-11 | 2019-06-07
Boris Johnson | 2019-07-23 | 2022-09-05
Liz Truss | 2022-09-05 | 2022-10-24
Rishi Sunak | 2022-10-24 | 2024-11-02
Kemi Badenoch | 2024-11-02 |
@ United Kingdom | Commons speaker; speaker of the House of Commons; Speaker of the Commons
Betty Boothroyd | 1992-04-27 | 2000-10-23
Michael Martin | 2000-10-23 | 2009-06-21
John Bercow | 2009-06-22 | 2019-11-04
Lindsay Hoyle | 2019-11-04 |
@ United Kingdom | Scottish first minister; first minister of Scotland; SNP leader
Alex Salmond | 2007-05-16 | 2014-11-19
Nicola Sturgeon | 2014-11-20 | 2023-03-28
@ United Kingdom | Reform UK leader; Brexit Party leader; leader of Reform UK
Nigel Farage | 2019-03-22 |
# ===================== Russia, Soviet Union
@ Russia | PRES; LEADER; Russian head of state
Boris Yeltsin | 1991-07-10 | 1999-12-31
Vladimir Putin | 1999-12-31 | 2008-05-07
Dmitry Medvedev | 2008-05-07 | 2012-05-07
Vladimir Putin | 2012-05-07 |
@ Russia | Kremlin leader; Kremlin chief; Kremlin boss; head of the Kremlin; master of the Kremlin
Boris Yeltsin | 1991-12-25 | 1999-12-31
Vladimir Putin | 1999-12-31 | 2008-05-07
Dmitry Medvedev | 2008-05-07 | 2012-05-07
Vladimir Putin | 2012-05-07 |
@ Soviet Union | LEADER; Kremlin leader; Kremlin chief; {A} general secretary; general secretary of the Soviet Communist Party; general secretary of the Communist Party of the Soviet Union
Mikhail Gorbachev | 1985-03-11 | 1991-12-25
@ Soviet Union | PRES
Mikhail Gorbachev | 1988-10-01 | 1991-12-25
@ Soviet Union | FM
Eduard Shevardnadze | 1985-07-02 | 1990-12-20
Eduard Shevardnadze | 1991-11-19 | 1991-12-25
@ Russia | PM
Viktor Chernomyrdin | 1992-12-14 | 1998-03-23
Sergei Kiriyenko | 1998-03-23 | 1998-08-23
Yevgeny Primakov | 1998-09-11 | 1999-05-12
Sergei Stepashin | 1999-05-12 | 1999-08-09
Vladimir Putin | 1999-08-09 | 2000-05-07
Mikhail Kasyanov | 2000-05-07 | 2004-02-24
Mikhail Fradkov | 2004-03-05 | 2007-09-12
Viktor Zubkov | 2007-09-14 | 2008-05-07
Vladimir Putin | 2008-05-08 | 2012-05-07
Dmitry Medvedev | 2012-05-08 | 2020-01-15
Mikhail Mishustin | 2020-01-16 |
@ Russia | FM; TOPDIP; foreign minister of the Russian Federation
Andrei Kozyrev | 1990-10-11 | 1996-01-05
Yevgeny Primakov | 1996-01-09 | 1998-09-11
Igor Ivanov | 1998-09-11 | 2004-03-09
Sergei Lavrov | 2004-03-09 |
@ Russia | DEF; defence minister of the Russian Federation
Pavel Grachev | 1992-05-18 | 1996-06-17
Igor Sergeyev | 1997-05-22 | 2001-03-28
Sergei Ivanov | 2001-03-28 | 2007-02-15
Anatoly Serdyukov | 2007-02-15 | 2012-11-06
Sergei Shoigu | 2012-11-06 | 2024-05-12
Andrei Belousov | 2024-05-14 |
@ Russia | {A} chief of general staff; {A} army chief; chief of the Russian general staff; {A} military chief
Valery Gerasimov | 2012-11-09 |
@ Russia | Kremlin spokesman; Kremlin spokesperson; Kremlin press secretary; {A} presidential spokesman; Kremlin press chief
Dmitry Peskov | 2012-05-07 |
@ Russia | {A} foreign ministry spokeswoman; {A} foreign ministry spokesperson; {N} foreign ministry spokeswoman; {A} Foreign Ministry spokeswoman
Maria Zakharova | 2015-08-10 |
@ Russia | {A} security council secretary; secretary of the Russian Security Council; secretary of Russia's Security Council
Nikolai Patrushev | 2008-05-12 | 2024-05-14
Sergei Shoigu | 2024-05-14 |
@ Russia | {A} ambassador to the United Nations; {A} ambassador to the UN; {A} UN ambassador; {A} envoy to the UN
Vitaly Churkin | 2006-04-08 | 2017-02-20
Vassily Nebenzia | 2017-07-27 |
@ Russia | {A} central bank governor; {A} central bank chief; Bank of Russia governor; head of the Russian central bank
Elvira Nabiullina | 2013-06-24 |
@ Russia | {A} opposition leader; Kremlin's most prominent critic; Kremlin's fiercest critic; {A} opposition politician
Alexei Navalny | 2011-12-10 | 2024-02-16
@ Russia | Chechen leader; head of Chechnya; Chechnya leader; Chechen strongman
Ramzan Kadyrov | 2007-02-15 |
@ - | Wagner chief; Wagner boss; Wagner leader; Wagner founder; head of Wagner; Wagner Group chief; Wagner Group leader; Wagner Group founder; Wagner mercenary chief; Wagner mercenary boss; Wagner head
Yevgeny Prigozhin | 2014-05-01 | 2023-08-23
@ Russia | {A} Orthodox patriarch; patriarch of Moscow; Russian Orthodox Church head; head of the Russian Orthodox Church
Patriarch Kirill | 2009-02-01 |
# ===================== China, Taiwan, Hong Kong
@ China | LEADER; {A} Communist Party chief; {A} Communist Party leader; {A} party chief; general secretary of the Chinese Communist Party; general secretary of the Communist Party of China; {A} paramount leader; CCP general secretary; CPC general secretary
Deng Xiaoping | 1978-12-22 | 1989-06-24
Jiang Zemin | 1989-06-24 | 2002-11-15
Hu Jintao | 2002-11-15 | 2012-11-15
Xi Jinping | 2012-11-15 |
@ China | PRES; president of the People's Republic of China; PRC president; {A} head of state
Yang Shangkun | 1988-04-08 | 1993-03-27
Jiang Zemin | 1993-03-27 | 2003-03-15
Hu Jintao | 2003-03-15 | 2013-03-14
Xi Jinping | 2013-03-14 |
@ China | PM; premier of China; premier of the State Council; PRC premier
Li Peng | 1987-11-24 | 1998-03-17
Zhu Rongji | 1998-03-17 | 2003-03-16
Wen Jiabao | 2003-03-16 | 2013-03-15
Li Keqiang | 2013-03-15 | 2023-03-11
Li Qiang | 2023-03-11 |
@ China | FM; PRC foreign minister
Qian Qichen | 1988-04-09 | 1998-03-18
Tang Jiaxuan | 1998-03-18 | 2003-03-17
Li Zhaoxing | 2003-03-17 | 2007-04-27
Yang Jiechi | 2007-04-27 | 2013-03-16
Wang Yi | 2013-03-16 | 2022-12-30
Qin Gang | 2022-12-30 | 2023-07-25
Wang Yi | 2023-07-25 |
@ China | DEF
Wei Fenghe | 2018-03-19 | 2023-03-12
Li Shangfu | 2023-03-12 | 2023-10-24
Dong Jun | 2023-12-29 |
@ China | {A} first lady
Peng Liyuan | 2013-03-14 |
@ China | {A} ambassador to the United Nations; {A} ambassador to the UN; {A} UN ambassador; {A} envoy to the UN
Zhang Jun | 2019-07-01 | 2024-12-01
Fu Cong | 2024-12-01 |
@ China | {A} climate envoy; {A} special envoy for climate change
Xie Zhenhua | 2007-04-01 | 2023-12-31
@ Taiwan | PRES; LEADER
Lee Teng-hui | 1988-01-13 | 2000-05-20
Chen Shui-bian | 2000-05-20 | 2008-05-20
Ma Ying-jeou | 2008-05-20 | 2016-05-20
Tsai Ing-wen | 2016-05-20 | 2024-05-20
Lai Ching-te | 2024-05-20 |
@ Taiwan | VP
Lai Ching-te | 2020-05-20 | 2024-05-20
Hsiao Bi-khim | 2024-05-20 |
@ Taiwan | FM
Joseph Wu | 2018-02-26 | 2024-05-20
Lin Chia-lung | 2024-05-20 |
@ - | Hong Kong leader; Hong Kong chief executive; chief executive of Hong Kong; Hong Kong's leader; Hong Kong's chief executive
Carrie Lam | 2017-07-01 | 2022-06-30
John Lee Ka-chiu | 2022-07-01 |
# ===================== Japan, Koreas
@ Japan | PM; LEADER
Toshiki Kaifu | 1989-08-10 | 1991-11-05
Kiichi Miyazawa | 1991-11-05 | 1993-08-09
Morihiro Hosokawa | 1993-08-09 | 1994-04-28
Tsutomu Hata | 1994-04-28 | 1994-06-30
Tomiichi Murayama | 1994-06-30 | 1996-01-11
Ryutaro Hashimoto | 1996-01-11 | 1998-07-30
Keizo Obuchi | 1998-07-30 | 2000-04-05
Yoshiro Mori | 2000-04-05 | 2001-04-26
Junichiro Koizumi | 2001-04-26 | 2006-09-26
Shinzo Abe | 2006-09-26 | 2007-09-26
Yasuo Fukuda | 2007-09-26 | 2008-09-24
Taro Aso | 2008-09-24 | 2009-09-16
Yukio Hatoyama | 2009-09-16 | 2010-06-08
Naoto Kan | 2010-06-08 | 2011-09-02
Yoshihiko Noda | 2011-09-02 | 2012-12-26
Shinzo Abe | 2012-12-26 | 2020-09-16
Yoshihide Suga | 2020-09-16 | 2021-10-04
Fumio Kishida | 2021-10-04 | 2024-10-01
Shigeru Ishiba | 2024-10-01 | 2025-10-21
Sanae Takaichi | 2025-10-21 |
@ Japan | FM
Yohei Kono | 1999-10-05 | 2001-04-26
Makiko Tanaka | 2001-04-26 | 2002-01-30
Yoriko Kawaguchi | 2002-02-01 | 2004-09-27
Nobutaka Machimura | 2004-09-27 | 2005-10-31
Taro Aso | 2005-10-31 | 2007-08-27
Nobutaka Machimura | 2007-08-27 | 2007-09-26
Katsuya Okada | 2009-09-16 | 2010-09-17
Seiji Maehara | 2010-09-17 | 2011-03-07
Koichiro Gemba | 2011-09-02 | 2012-12-26
Fumio Kishida | 2012-12-26 | 2017-08-03
Taro Kono | 2017-08-03 | 2019-09-11
Toshimitsu Motegi | 2019-09-11 | 2021-11-04
Yoshimasa Hayashi | 2021-11-10 | 2023-09-13
Yoko Kamikawa | 2023-09-13 | 2024-10-01
Takeshi Iwaya | 2024-10-01 | 2025-10-21
Toshimitsu Motegi | 2025-10-21 |
@ Japan | {A} emperor; emperor of {TN}
Akihito | 1989-01-07 | 2019-04-30
Naruhito | 2019-05-01 |
@ South Korea | PRES; LEADER
Roh Tae-woo | 1988-02-25 | 1993-02-25
Kim Young-sam | 1993-02-25 | 1998-02-25
Kim Dae-jung | 1998-02-25 | 2003-02-25
Roh Moo-hyun | 2003-02-25 | 2008-02-25
Lee Myung-bak | 2008-02-25 | 2013-02-25
Park Geun-hye | 2013-02-25 | 2017-03-10
Moon Jae-in | 2017-05-10 | 2022-05-10
Yoon Suk Yeol | 2022-05-10 | 2025-04-04
Lee Jae-myung | 2025-06-04 |
@ South Korea | {A} acting president; acting president of {TN}
Hwang Kyo-ahn | 2016-12-09 | 2017-05-10
Han Duck-soo | 2024-12-14 | 2024-12-27
Choi Sang-mok | 2024-12-27 | 2025-03-24
Han Duck-soo | 2025-03-24 | 2025-05-01
@ South Korea | PMX
Hwang Kyo-ahn | 2015-06-18 | 2017-05-11
Lee Nak-yon | 2017-05-31 | 2020-01-14
Chung Sye-kyun | 2020-01-14 | 2021-05-14
Kim Boo-kyum | 2021-05-14 | 2022-05-12
Han Duck-soo | 2022-05-21 | 2025-05-01
Kim Min-seok | 2025-07-03 |
@ South Korea | FM
Ban Ki-moon | 2004-01-17 | 2006-11-09
Yun Byung-se | 2013-03-11 | 2017-06-18
Kang Kyung-wha | 2017-06-18 | 2021-02-08
Chung Eui-yong | 2021-02-09 | 2022-05-11
Park Jin | 2022-05-12 | 2024-01-10
Cho Tae-yul | 2024-01-11 | 2025-07-21
Cho Hyun | 2025-07-21 |
@ South Korea | {A} first lady
Kim Keon-hee | 2022-05-10 | 2025-04-04
@ North Korea | LEADER; {A} dictator; {N} dictator; {A} supreme leader; {N} supreme leader; {A} head of state; Pyongyang's leader; Pyongyang leader
Kim Il Sung | 1948-09-09 | 1994-07-08
Kim Jong Il | 1994-07-08 | 2011-12-17
Kim Jong Un | 2011-12-17 |
@ North Korea | FM
Ri Yong Ho | 2016-05-09 | 2020-01-18
Ri Son Gwon | 2020-01-18 | 2022-06-11
Choe Son Hui | 2022-06-11 |
# ===================== Germany, France, Italy, Spain, Portugal, Vatican
@ Germany | CHANC; LEADER; German chancellor-elect; Bundeskanzler
Helmut Kohl | 1982-10-01 | 1998-10-27
Gerhard Schröder | 1998-10-27 | 2005-11-22
Angela Merkel | 2005-11-22 | 2021-12-08
Olaf Scholz | 2021-12-08 | 2025-05-06
Friedrich Merz | 2025-05-06 |
@ Germany | PRES; {A} federal president
Richard von Weizsäcker | 1984-07-01 | 1994-06-30
Roman Herzog | 1994-07-01 | 1999-06-30
Johannes Rau | 1999-07-01 | 2004-06-30
Horst Köhler | 2004-07-01 | 2010-05-31
Christian Wulff | 2010-06-30 | 2012-02-17
Joachim Gauck | 2012-03-18 | 2017-03-18
Frank-Walter Steinmeier | 2017-03-19 |
@ Germany | FM
Hans-Dietrich Genscher | 1974-05-17 | 1992-05-17
Klaus Kinkel | 1992-05-18 | 1998-10-26
Joschka Fischer | 1998-10-27 | 2005-11-22
Frank-Walter Steinmeier | 2005-11-22 | 2009-10-28
Guido Westerwelle | 2009-10-28 | 2013-12-17
Frank-Walter Steinmeier | 2013-12-17 | 2017-01-27
Sigmar Gabriel | 2017-01-27 | 2018-03-14
Heiko Maas | 2018-03-14 | 2021-12-08
Annalena Baerbock | 2021-12-08 | 2025-05-06
Johann Wadephul | 2025-05-06 |
@ Germany | {A} finance minister; {N} finance minister
Wolfgang Schäuble | 2009-10-28 | 2017-10-24
Olaf Scholz | 2018-03-14 | 2021-12-08
Christian Lindner | 2021-12-08 | 2024-11-07
@ Germany | DEF
Ursula von der Leyen | 2013-12-17 | 2019-07-17
Boris Pistorius | 2023-01-19 |
@ Germany | {A} economy minister; {A} economics minister; {A} vice chancellor; {A} vice-chancellor
Robert Habeck | 2021-12-08 | 2025-05-06
@ France | PRES; LEADER; {A} head of state; occupant of the Élysée
François Mitterrand | 1981-05-21 | 1995-05-17
Jacques Chirac | 1995-05-17 | 2007-05-16
Nicolas Sarkozy | 2007-05-16 | 2012-05-15
François Hollande | 2012-05-15 | 2017-05-14
Emmanuel Macron | 2017-05-14 |
@ France | PM
Michel Rocard | 1988-05-10 | 1991-05-15
Édith Cresson | 1991-05-15 | 1992-04-02
Pierre Bérégovoy | 1992-04-02 | 1993-03-29
Édouard Balladur | 1993-03-29 | 1995-05-17
Alain Juppé | 1995-05-17 | 1997-06-02
Lionel Jospin | 1997-06-02 | 2002-05-06
Jean-Pierre Raffarin | 2002-05-06 | 2005-05-31
Dominique de Villepin | 2005-05-31 | 2007-05-17
François Fillon | 2007-05-17 | 2012-05-15
Jean-Marc Ayrault | 2012-05-15 | 2014-03-31
Manuel Valls | 2014-03-31 | 2016-12-06
Bernard Cazeneuve | 2016-12-06 | 2017-05-15
Édouard Philippe | 2017-05-15 | 2020-07-03
Jean Castex | 2020-07-03 | 2022-05-16
Élisabeth Borne | 2022-05-16 | 2024-01-09
Gabriel Attal | 2024-01-09 | 2024-09-05
Michel Barnier | 2024-09-05 | 2024-12-13
François Bayrou | 2024-12-13 | 2025-09-09
Sébastien Lecornu | 2025-09-09 |
@ France | FM
Roland Dumas | 1988-05-12 | 1993-03-29
Alain Juppé | 1993-03-30 | 1995-05-11
Hervé de Charette | 1995-05-18 | 1997-06-02
Hubert Védrine | 1997-06-04 | 2002-05-06
Dominique de Villepin | 2002-05-07 | 2004-03-31
Michel Barnier | 2004-03-31 | 2005-05-31
Philippe Douste-Blazy | 2005-06-02 | 2007-05-15
Bernard Kouchner | 2007-05-18 | 2010-11-13
Michèle Alliot-Marie | 2010-11-14 | 2011-02-27
Alain Juppé | 2011-02-27 | 2012-05-15
Laurent Fabius | 2012-05-16 | 2016-02-11
Jean-Marc Ayrault | 2016-02-11 | 2017-05-17
Jean-Yves Le Drian | 2017-05-17 | 2022-05-20
Catherine Colonna | 2022-05-20 | 2024-01-11
Stéphane Séjourné | 2024-01-12 | 2024-09-21
Jean-Noël Barrot | 2024-09-21 |
@ France | {A} first lady
Brigitte Macron | 2017-05-14 |
@ Italy | PM; LEADER
Giulio Andreotti | 1989-07-23 | 1992-06-28
Giuliano Amato | 1992-06-28 | 1993-04-29
Carlo Azeglio Ciampi | 1993-04-29 | 1994-05-10
Silvio Berlusconi | 1994-05-10 | 1995-01-17
Lamberto Dini | 1995-01-17 | 1996-05-18
Romano Prodi | 1996-05-18 | 1998-10-21
Massimo D'Alema | 1998-10-21 | 2000-04-26
Giuliano Amato | 2000-04-26 | 2001-06-11
Silvio Berlusconi | 2001-06-11 | 2006-05-17
Romano Prodi | 2006-05-17 | 2008-05-08
Silvio Berlusconi | 2008-05-08 | 2011-11-16
Mario Monti | 2011-11-16 | 2013-04-28
Enrico Letta | 2013-04-28 | 2014-02-22
Matteo Renzi | 2014-02-22 | 2016-12-12
Paolo Gentiloni | 2016-12-12 | 2018-06-01
Giuseppe Conte | 2018-06-01 | 2021-02-13
Mario Draghi | 2021-02-13 | 2022-10-22
Giorgia Meloni | 2022-10-22 |
@ Italy | PRES; {A} head of state
Francesco Cossiga | 1985-07-03 | 1992-04-28
Oscar Luigi Scalfaro | 1992-05-28 | 1999-05-15
Carlo Azeglio Ciampi | 1999-05-18 | 2006-05-15
Giorgio Napolitano | 2006-05-15 | 2015-01-14
Sergio Mattarella | 2015-02-03 |
@ Italy | FM
Gianfranco Fini | 2004-11-18 | 2006-05-17
Massimo D'Alema | 2006-05-17 | 2008-05-08
Franco Frattini | 2008-05-08 | 2011-11-16
Giulio Terzi | 2011-11-16 | 2013-03-26
Emma Bonino | 2013-04-28 | 2014-02-22
Federica Mogherini | 2014-02-22 | 2014-10-31
Paolo Gentiloni | 2014-10-31 | 2016-12-12
Angelino Alfano | 2016-12-12 | 2018-06-01
Enzo Moavero Milanesi | 2018-06-01 | 2019-09-05
Luigi Di Maio | 2019-09-05 | 2022-10-22
Antonio Tajani | 2022-10-22 |
@ Spain | PM; LEADER
Felipe González | 1982-12-02 | 1996-05-05
José María Aznar | 1996-05-05 | 2004-04-17
José Luis Rodríguez Zapatero | 2004-04-17 | 2011-12-21
Mariano Rajoy | 2011-12-21 | 2018-06-02
Pedro Sánchez | 2018-06-02 |
@ Spain | KING
Juan Carlos I | 1975-11-22 | 2014-06-19
Felipe VI | 2014-06-19 |
@ Spain | FM
Josep Borrell | 2018-06-07 | 2019-11-29
José Manuel Albares | 2021-07-12 |
@ - | Catalan president; Catalan leader; president of Catalonia; Catalonia's president; Catalan regional president; Catalan separatist leader
Carles Puigdemont | 2016-01-12 | 2017-10-27
@ Portugal | PMX
António Guterres | 1995-10-28 | 2002-04-06
José Manuel Barroso | 2002-04-06 | 2004-07-17
José Sócrates | 2005-03-12 | 2011-06-21
Pedro Passos Coelho | 2011-06-21 | 2015-11-26
António Costa | 2015-11-26 | 2024-04-02
Luís Montenegro | 2024-04-02 |
@ Portugal | PRES
Marcelo Rebelo de Sousa | 2016-03-09 |
@ Vatican | pope; pontiff; Roman pontiff; Holy Father; Bishop of Rome; Vatican leader; head of the Catholic Church; leader of the Catholic Church; Catholic pontiff; {A} pontiff
John Paul II | 1978-10-16 | 2005-04-02
Benedict XVI | 2005-04-19 | 2013-02-28
Pope Francis | 2013-03-13 | 2025-04-21
Leo XIV | 2025-05-08 |
@ - | Polish pope; Polish-born pope
John Paul II | 1978-10-16 |
@ - | German pope; German-born pope; Bavarian pope
Benedict XVI | 2005-04-19 |
@ - | Argentine pope; Argentine pontiff; first Latin American pope; Argentine-born pope
Pope Francis | 2013-03-13 |
@ - | American pope; first American pope; American-born pope; US-born pope; first US-born pope; Chicago-born pope
Leo XIV | 2025-05-08 |
@ Vatican | Vatican secretary of state; Holy See secretary of state; Vatican's secretary of state; Vatican's top diplomat
Pietro Parolin | 2013-10-15 |
# ===================== Other Europe
@ Netherlands | PMX; LEADER
Ruud Lubbers | 1982-11-04 | 1994-08-22
Wim Kok | 1994-08-22 | 2002-07-22
Jan Peter Balkenende | 2002-07-22 | 2010-10-14
Mark Rutte | 2010-10-14 | 2024-07-02
Dick Schoof | 2024-07-02 |
@ Belgium | PMX
Guy Verhofstadt | 1999-07-12 | 2008-03-20
Yves Leterme | 2008-03-20 | 2008-12-30
Herman Van Rompuy | 2008-12-30 | 2009-11-25
Yves Leterme | 2009-11-25 | 2011-12-06
Elio Di Rupo | 2011-12-06 | 2014-10-11
Charles Michel | 2014-10-11 | 2019-10-27
Sophie Wilmès | 2019-10-27 | 2020-10-01
Alexander De Croo | 2020-10-01 | 2025-02-03
Bart De Wever | 2025-02-03 |
@ Austria | CHANC; LEADER
Franz Vranitzky | 1986-06-16 | 1997-01-28
Viktor Klima | 1997-01-28 | 2000-02-04
Wolfgang Schüssel | 2000-02-04 | 2007-01-11
Alfred Gusenbauer | 2007-01-11 | 2008-12-02
Werner Faymann | 2008-12-02 | 2016-05-09
Christian Kern | 2016-05-17 | 2017-12-18
Sebastian Kurz | 2017-12-18 | 2019-05-28
Brigitte Bierlein | 2019-06-03 | 2020-01-07
Sebastian Kurz | 2020-01-07 | 2021-10-11
Alexander Schallenberg | 2021-10-11 | 2021-12-06
Karl Nehammer | 2021-12-06 | 2025-01-10
Alexander Schallenberg | 2025-01-10 | 2025-03-03
Christian Stocker | 2025-03-03 |
@ Austria | PRES
Alexander Van der Bellen | 2017-01-26 |
@ Greece | PM; LEADER
Konstantinos Mitsotakis | 1990-04-11 | 1993-10-13
Andreas Papandreou | 1993-10-13 | 1996-01-22
Costas Simitis | 1996-01-22 | 2004-03-10
Kostas Karamanlis | 2004-03-10 | 2009-10-06
George Papandreou | 2009-10-06 | 2011-11-11
Lucas Papademos | 2011-11-11 | 2012-05-16
Antonis Samaras | 2012-06-20 | 2015-01-26
Alexis Tsipras | 2015-01-26 | 2015-08-27
Alexis Tsipras | 2015-09-21 | 2019-07-08
Kyriakos Mitsotakis | 2019-07-08 |
@ Greece | {A} finance minister; {N} finance minister
Yanis Varoufakis | 2015-01-27 | 2015-07-06
@ Greece | FM
Nikos Dendias | 2019-07-09 | 2023-06-26
@ Cyprus | PRES
Nikos Christodoulides | 2023-02-28 |
@ Sweden | PMX; LEADER
Carl Bildt | 1991-10-04 | 1994-10-07
Ingvar Carlsson | 1994-10-07 | 1996-03-22
Göran Persson | 1996-03-22 | 2006-10-06
Fredrik Reinfeldt | 2006-10-06 | 2014-10-03
Stefan Löfven | 2014-10-03 | 2021-11-30
Magdalena Andersson | 2021-11-30 | 2022-10-18
Ulf Kristersson | 2022-10-18 |
@ Sweden | FM
Carl Bildt | 2006-10-06 | 2014-10-03
@ Finland | PRES; LEADER
Martti Ahtisaari | 1994-03-01 | 2000-03-01
Tarja Halonen | 2000-03-01 | 2012-03-01
Sauli Niinistö | 2012-03-01 | 2024-03-01
Alexander Stubb | 2024-03-01 |
@ Finland | PMX
Jyrki Katainen | 2011-06-22 | 2014-06-24
Alexander Stubb | 2014-06-24 | 2015-05-29
Juha Sipilä | 2015-05-29 | 2019-06-06
Antti Rinne | 2019-06-06 | 2019-12-10
Sanna Marin | 2019-12-10 | 2023-06-20
Petteri Orpo | 2023-06-20 |
@ Norway | PMX; LEADER
Gro Harlem Brundtland | 1990-11-03 | 1996-10-25
Kjell Magne Bondevik | 1997-10-17 | 2000-03-17
Jens Stoltenberg | 2000-03-17 | 2001-10-19
Kjell Magne Bondevik | 2001-10-19 | 2005-10-17
Jens Stoltenberg | 2005-10-17 | 2013-10-16
Erna Solberg | 2013-10-16 | 2021-10-14
Jonas Gahr Støre | 2021-10-14 |
@ Norway | {A} finance minister
Jens Stoltenberg | 2025-02-04 |
@ Denmark | PMX; LEADER
Poul Nyrup Rasmussen | 1993-01-25 | 2001-11-27
Anders Fogh Rasmussen | 2001-11-27 | 2009-04-05
Lars Løkke Rasmussen | 2009-04-05 | 2011-10-03
Helle Thorning-Schmidt | 2011-10-03 | 2015-06-28
Lars Løkke Rasmussen | 2015-06-28 | 2019-06-27
Mette Frederiksen | 2019-06-27 |
@ Denmark | FM
Lars Løkke Rasmussen | 2022-12-15 |
@ Ireland | PMX; LEADER; taoiseach; Taoiseach; Irish taoiseach
Albert Reynolds | 1992-02-11 | 1994-12-15
John Bruton | 1994-12-15 | 1997-06-26
Bertie Ahern | 1997-06-26 | 2008-05-07
Brian Cowen | 2008-05-07 | 2011-03-09
Enda Kenny | 2011-03-09 | 2017-06-14
Leo Varadkar | 2017-06-14 | 2020-06-27
Micheál Martin | 2020-06-27 | 2022-12-17
Leo Varadkar | 2022-12-17 | 2024-04-09
Simon Harris | 2024-04-09 | 2025-01-23
Micheál Martin | 2025-01-23 |
@ Ireland | PRES
Mary Robinson | 1990-12-03 | 1997-09-12
Mary McAleese | 1997-11-11 | 2011-11-10
Michael D. Higgins | 2011-11-11 | 2025-11-10
Catherine Connolly | 2025-11-11 |
@ Ireland | FM
Simon Coveney | 2017-06-14 | 2022-12-17
@ - | Sinn Féin leader; Sinn Fein leader; Sinn Féin president; Sinn Fein president
Gerry Adams | 1983-11-13 | 2018-02-10
Mary Lou McDonald | 2018-02-10 |
@ Poland | PRES
Lech Wałęsa | 1990-12-22 | 1995-12-22
Aleksander Kwaśniewski | 1995-12-23 | 2005-12-23
Lech Kaczyński | 2005-12-23 | 2010-04-10
Bronisław Komorowski | 2010-04-10 | 2015-08-06
Andrzej Duda | 2015-08-06 | 2025-08-06
Karol Nawrocki | 2025-08-06 |
@ Poland | PM; LEADER
Jerzy Buzek | 1997-10-31 | 2001-10-19
Leszek Miller | 2001-10-19 | 2004-05-02
Marek Belka | 2004-05-02 | 2005-10-31
Kazimierz Marcinkiewicz | 2005-10-31 | 2006-07-14
Jarosław Kaczyński | 2006-07-14 | 2007-11-16
Donald Tusk | 2007-11-16 | 2014-09-22
Ewa Kopacz | 2014-09-22 | 2015-11-16
Beata Szydło | 2015-11-16 | 2017-12-11
Mateusz Morawiecki | 2017-12-11 | 2023-12-13
Donald Tusk | 2023-12-13 |
@ Poland | FM
Radosław Sikorski | 2007-11-16 | 2014-09-22
Grzegorz Schetyna | 2014-09-22 | 2015-11-16
Witold Waszczykowski | 2015-11-16 | 2018-01-09
Jacek Czaputowicz | 2018-01-09 | 2020-08-26
Zbigniew Rau | 2020-08-26 | 2023-11-27
Radosław Sikorski | 2023-12-13 |
@ - | Law and Justice leader; PiS leader; Law and Justice chairman; PiS chairman; leader of Law and Justice
Jarosław Kaczyński | 2003-01-18 |
@ Hungary | PM; LEADER
József Antall | 1990-05-23 | 1993-12-12
Gyula Horn | 1994-07-15 | 1998-07-06
Viktor Orbán | 1998-07-06 | 2002-05-27
Ferenc Gyurcsány | 2004-09-29 | 2009-04-14
Viktor Orbán | 2010-05-29 |
@ Hungary | FM
Péter Szijjártó | 2014-09-23 |
@ Czech Republic | PMX
Andrej Babiš | 2017-12-06 | 2021-12-17
Petr Fiala | 2021-12-17 | 2025-12-09
Andrej Babiš | 2025-12-09 |
@ Czech Republic | PRES
Václav Havel | 1993-02-02 | 2003-02-02
Václav Klaus | 2003-03-07 | 2013-03-07
Miloš Zeman | 2013-03-08 | 2023-03-08
Petr Pavel | 2023-03-09 |
@ Slovakia | PMX; LEADER
Robert Fico | 2006-07-04 | 2010-07-08
Robert Fico | 2012-04-04 | 2018-03-22
Peter Pellegrini | 2018-03-22 | 2020-03-21
Igor Matovič | 2020-03-21 | 2021-04-01
Eduard Heger | 2021-04-01 | 2023-05-15
Robert Fico | 2023-10-25 |
@ Slovakia | PRES
Zuzana Čaputová | 2019-06-15 | 2024-06-15
Peter Pellegrini | 2024-06-15 |
@ Romania | PRES
Klaus Iohannis | 2014-12-21 | 2025-02-12
Nicușor Dan | 2025-05-26 |
@ Serbia | PRES; LEADER
Slobodan Milošević | 1989-05-08 | 1997-07-23
Boris Tadić | 2004-07-11 | 2012-04-05
Tomislav Nikolić | 2012-05-31 | 2017-05-31
Aleksandar Vučić | 2017-05-31 |
@ Yugoslavia | PRES; LEADER
Slobodan Milošević | 1997-07-23 | 2000-10-07
Vojislav Koštunica | 2000-10-07 | 2003-03-07
@ Serbia | PMX
Aleksandar Vučić | 2014-04-27 | 2017-05-31
Ana Brnabić | 2017-06-29 | 2024-05-02
@ Kosovo | PMX
Hashim Thaçi | 2008-01-09 | 2014-12-09
Isa Mustafa | 2014-12-09 | 2017-09-09
Ramush Haradinaj | 2017-09-09 | 2020-02-03
Albin Kurti | 2020-02-03 | 2020-06-03
Avdullah Hoti | 2020-06-03 | 2021-03-22
Albin Kurti | 2021-03-22 |
@ Kosovo | PRES
Hashim Thaçi | 2016-04-07 | 2020-11-05
Vjosa Osmani | 2021-04-04 |
@ North Macedonia | PMX
Nikola Gruevski | 2006-08-27 | 2016-01-18
Zoran Zaev | 2017-05-31 | 2020-01-03
Zoran Zaev | 2020-08-31 | 2022-01-16
Dimitar Kovachevski | 2022-01-17 | 2024-01-28
Hristijan Mickoski | 2024-06-23 |
@ Albania | PMX
Edi Rama | 2013-09-15 |
@ Croatia | PMX
Andrej Plenković | 2016-10-19 |
@ Montenegro | PRES
Milo Đukanović | 2018-05-20 | 2023-05-20
@ Estonia | PMX
Kaja Kallas | 2021-01-26 | 2024-07-23
Kristen Michal | 2024-07-23 |
@ Lithuania | PRES
Gitanas Nausėda | 2019-07-12 |
@ Latvia | PRES
Edgars Rinkēvičs | 2023-07-08 |
@ Belarus | PRES; LEADER; {A} strongman; {A} dictator
Alexander Lukashenko | 1994-07-20 |
@ Belarus | {A} opposition leader; leader of the Belarusian opposition; {A} exiled opposition leader
Sviatlana Tsikhanouskaya | 2020-08-11 |
@ Moldova | PRES
Igor Dodon | 2016-12-23 | 2020-12-24
Maia Sandu | 2020-12-24 |
# ===================== Ukraine, Caucasus, Central Asia
@ Ukraine | PRES; LEADER; {A} head of state
Leonid Kravchuk | 1991-12-05 | 1994-07-19
Leonid Kuchma | 1994-07-19 | 2005-01-23
Viktor Yushchenko | 2005-01-23 | 2010-02-25
Viktor Yanukovych | 2010-02-25 | 2014-02-22
Oleksandr Turchynov | 2014-02-23 | 2014-06-07
Petro Poroshenko | 2014-06-07 | 2019-05-20
Volodymyr Zelensky | 2019-05-20 |
@ Ukraine | PMX; {A} premier
Viktor Yushchenko | 1999-12-22 | 2001-05-29
Viktor Yanukovych | 2002-11-21 | 2005-01-05
Yulia Tymoshenko | 2005-01-24 | 2005-09-08
Viktor Yanukovych | 2006-08-04 | 2007-12-18
Yulia Tymoshenko | 2007-12-18 | 2010-03-04
Mykola Azarov | 2010-03-11 | 2014-01-28
Arseniy Yatsenyuk | 2014-02-27 | 2016-04-14
Volodymyr Groysman | 2016-04-14 | 2019-08-29
Oleksiy Honcharuk | 2019-08-29 | 2020-03-04
Denys Shmyhal | 2020-03-04 | 2025-07-17
Yulia Svyrydenko | 2025-07-17 |
@ Ukraine | FM
Andrii Deshchytsia | 2014-02-27 | 2014-06-19
Pavlo Klimkin | 2014-06-19 | 2019-08-29
Vadym Prystaiko | 2019-08-29 | 2020-03-04
Dmytro Kuleba | 2020-03-04 | 2024-09-04
Andrii Sybiha | 2024-09-05 |
@ Ukraine | DEF
Oleksii Reznikov | 2021-11-04 | 2023-09-05
Rustem Umerov | 2023-09-06 | 2025-07-17
Denys Shmyhal | 2025-07-17 |
@ Ukraine | {A} commander-in-chief; {A} army chief; {A} armed forces chief; commander-in-chief of Ukraine's armed forces; {A} top general; {A} military chief
Valerii Zaluzhnyi | 2021-07-27 | 2024-02-08
Oleksandr Syrskyi | 2024-02-08 |
@ Ukraine | {A} military intelligence chief; head of Ukraine's military intelligence; {A} intelligence chief
Kyrylo Budanov | 2020-08-05 |
@ Ukraine | {A} presidential chief of staff; head of the Ukrainian presidential office; head of Ukraine's presidential office
Andriy Yermak | 2020-02-11 | 2025-11-28
@ Ukraine | {A} first lady
Olena Zelenska | 2019-05-20 |
@ - | Kyiv mayor; mayor of Kyiv; Kiev mayor; mayor of Kiev
Vitali Klitschko | 2014-06-05 |
@ Armenia | PMX; LEADER
Nikol Pashinyan | 2018-05-08 |
@ Armenia | PRES
Levon Ter-Petrosyan | 1991-10-16 | 1998-02-03
Robert Kocharyan | 1998-02-04 | 2008-04-09
Serzh Sargsyan | 2008-04-09 | 2018-04-09
@ Armenia | FM
Ararat Mirzoyan | 2021-08-02 |
@ Azerbaijan | PRES; LEADER
Heydar Aliyev | 1993-06-15 | 2003-10-31
Ilham Aliyev | 2003-10-31 |
@ Azerbaijan | FM
Jeyhun Bayramov | 2020-07-16 |
@ Georgia | PRES
Eduard Shevardnadze | 1992-03-10 | 2003-11-23
Mikheil Saakashvili | 2004-01-25 | 2007-11-25
Mikheil Saakashvili | 2008-01-20 | 2013-11-17
Giorgi Margvelashvili | 2013-11-17 | 2018-12-16
Salome Zourabichvili | 2018-12-16 | 2024-12-29
Mikheil Kavelashvili | 2024-12-29 |
@ Georgia | PMX
Bidzina Ivanishvili | 2012-10-25 | 2013-11-20
Irakli Garibashvili | 2013-11-20 | 2015-12-30
Irakli Garibashvili | 2021-02-22 | 2024-01-29
Irakli Kobakhidze | 2024-02-08 |
@ Kazakhstan | PRES; LEADER
Nursultan Nazarbayev | 1990-04-24 | 2019-03-20
Kassym-Jomart Tokayev | 2019-03-20 |
@ Uzbekistan | PRES; LEADER
Islam Karimov | 1990-03-24 | 2016-09-02
Shavkat Mirziyoyev | 2016-09-08 |
@ Tajikistan | PRES
Emomali Rahmon | 1994-11-16 |
@ Turkmenistan | PRES
Gurbanguly Berdimuhamedow | 2006-12-21 | 2022-03-19
Serdar Berdimuhamedow | 2022-03-19 |
@ Kyrgyzstan | PRES
Sadyr Japarov | 2021-01-28 |
# ===================== Turkey, Israel, Palestinians, Levant
@ Turkey | PRES; {A} head of state
Turgut Özal | 1989-11-09 | 1993-04-17
Süleyman Demirel | 1993-05-16 | 2000-05-16
Ahmet Necdet Sezer | 2000-05-16 | 2007-08-28
Abdullah Gül | 2007-08-28 | 2014-08-28
Recep Tayyip Erdoğan | 2014-08-28 |
@ Turkey | LEADER; {A} strongman
Recep Tayyip Erdoğan | 2003-03-14 |
@ Turkey | PM
Tansu Çiller | 1993-06-25 | 1996-03-06
Mesut Yılmaz | 1996-03-06 | 1996-06-28
Necmettin Erbakan | 1996-06-28 | 1997-06-30
Mesut Yılmaz | 1997-06-30 | 1999-01-11
Bülent Ecevit | 1999-01-11 | 2002-11-18
Abdullah Gül | 2002-11-18 | 2003-03-14
Recep Tayyip Erdoğan | 2003-03-14 | 2014-08-28
Ahmet Davutoğlu | 2014-08-28 | 2016-05-24
Binali Yıldırım | 2016-05-24 | 2018-07-09
@ Turkey | FM
Abdullah Gül | 2003-03-14 | 2007-08-28
Ali Babacan | 2007-08-29 | 2009-05-01
Ahmet Davutoğlu | 2009-05-01 | 2014-08-29
Mevlüt Çavuşoğlu | 2014-08-29 | 2015-08-28
Feridun Sinirlioğlu | 2015-08-28 | 2015-11-24
Mevlüt Çavuşoğlu | 2015-11-24 | 2023-06-04
Hakan Fidan | 2023-06-04 |
@ Turkey | {A} intelligence chief; {A} spy chief; head of Turkish intelligence; MIT chief
Hakan Fidan | 2010-05-27 | 2023-06-04
İbrahim Kalın | 2023-06-05 |
@ Turkey | {A} presidential spokesman; {A} presidential spokesperson
İbrahim Kalın | 2014-08-28 | 2023-06-05
@ Turkey | {A} defence minister; {A} defense minister
Hulusi Akar | 2018-07-10 | 2023-06-04
@ Turkey | {A} opposition leader; CHP leader; leader of the CHP; leader of the Republican People's Party
Kemal Kılıçdaroğlu | 2010-05-22 | 2023-11-05
Özgür Özel | 2023-11-05 |
@ Turkey | Istanbul mayor; mayor of Istanbul
Ekrem İmamoğlu | 2019-06-27 | 2025-03-23
@ Israel | PM; LEADER
Yitzhak Shamir | 1986-10-20 | 1992-07-13
Yitzhak Rabin | 1992-07-13 | 1995-11-04
Shimon Peres | 1995-11-04 | 1996-06-18
Benjamin Netanyahu | 1996-06-18 | 1999-07-06
Ehud Barak | 1999-07-06 | 2001-03-07
Ariel Sharon | 2001-03-07 | 2006-01-04
Ehud Olmert | 2006-01-04 | 2009-03-31
Benjamin Netanyahu | 2009-03-31 | 2021-06-13
Naftali Bennett | 2021-06-13 | 2022-06-30
Yair Lapid | 2022-07-01 | 2022-12-29
Benjamin Netanyahu | 2022-12-29 |
@ Israel | PRES
Ezer Weizman | 1993-05-13 | 2000-07-13
Moshe Katsav | 2000-08-01 | 2007-07-01
Shimon Peres | 2007-07-15 | 2014-07-24
Reuven Rivlin | 2014-07-24 | 2021-07-07
Isaac Herzog | 2021-07-07 |
@ Israel | FM
Shimon Peres | 1992-07-13 | 1995-11-22
Ehud Barak | 1995-11-22 | 1996-06-18
Ariel Sharon | 1998-10-13 | 1999-07-06
Benjamin Netanyahu | 2002-11-06 | 2003-02-28
Tzipi Livni | 2006-05-04 | 2009-03-31
Avigdor Lieberman | 2009-03-31 | 2012-12-18
Avigdor Lieberman | 2013-11-11 | 2015-05-14
Benjamin Netanyahu | 2015-05-14 | 2019-02-17
Israel Katz | 2019-02-17 | 2020-05-17
Gabi Ashkenazi | 2020-05-17 | 2021-06-13
Yair Lapid | 2021-06-13 | 2022-12-29
Eli Cohen | 2022-12-29 | 2024-01-01
Israel Katz | 2024-01-01 | 2024-11-07
Gideon Sa'ar | 2024-11-07 |
@ Israel | DEF
Ehud Barak | 2007-06-18 | 2013-03-18
Moshe Ya'alon | 2013-03-18 | 2016-05-20
Avigdor Lieberman | 2016-05-30 | 2018-11-18
Benjamin Netanyahu | 2018-11-18 | 2019-11-12
Naftali Bennett | 2019-11-12 | 2020-05-17
Benny Gantz | 2020-05-17 | 2022-12-29
Yoav Gallant | 2022-12-29 | 2024-11-07
Israel Katz | 2024-11-07 |
@ Israel | {A} army chief; {A} military chief; IDF chief; IDF chief of staff; {A} chief of staff
Gadi Eisenkot | 2015-02-16 | 2019-01-15
Herzi Halevi | 2023-01-16 | 2025-03-05
Eyal Zamir | 2025-03-05 |
@ Israel | Mossad chief; Mossad director; head of Mossad; Mossad head
Yossi Cohen | 2016-01-06 | 2021-06-01
David Barnea | 2021-06-01 |
@ Israel | {A} finance minister
Bezalel Smotrich | 2022-12-29 |
@ Israel | {A} national security minister
Itamar Ben-Gvir | 2022-12-29 | 2025-01-19
Itamar Ben-Gvir | 2025-03-19 |
@ Israel | {A} ambassador to the United Nations; {A} ambassador to the UN; {A} UN ambassador; {A} envoy to the UN
Danny Danon | 2015-10-01 | 2020-08-31
Gilad Erdan | 2020-09-01 | 2024-08-31
Danny Danon | 2024-09-01 |
@ Palestine | PRES; LEADER; PA president; Palestinian Authority president; president of the Palestinian Authority; Palestinian Authority leader; PA leader; Fatah leader
Yasser Arafat | 1994-07-05 | 2004-11-11
Mahmoud Abbas | 2005-01-15 |
@ Palestine | PMX; PA prime minister; Palestinian Authority prime minister
Salam Fayyad | 2007-06-15 | 2013-06-06
Rami Hamdallah | 2013-06-06 | 2019-04-13
Mohammad Shtayyeh | 2019-04-14 | 2024-03-31
Mohammad Mustafa | 2024-03-31 |
@ Palestine | FM
Riyad al-Maliki | 2007-05-01 | 2024-03-31
@ - | Hamas leader; Hamas political leader; Hamas political chief; Hamas politburo chief; Hamas chief; head of Hamas; Hamas political bureau chief; head of Hamas's political bureau; Hamas's political leader
Khaled Meshaal | 1996-01-01 | 2017-05-06
Ismail Haniyeh | 2017-05-06 | 2024-07-31
Yahya Sinwar | 2024-08-06 | 2024-10-16
@ - | Hamas Gaza chief; Hamas leader in Gaza; Hamas's Gaza chief; Hamas Gaza leader; Hamas chief in Gaza; Hamas's leader in Gaza
Ismail Haniyeh | 2006-03-29 | 2017-02-13
Yahya Sinwar | 2017-02-13 | 2024-10-16
@ - | Hamas founder; Hamas spiritual leader; founder of Hamas
Ahmed Yassin | 1987-12-10 | 2004-03-22
@ - | Hamas military chief; Hamas military commander; head of Hamas's military wing; Qassam Brigades commander; Hamas military wing chief
Mohammed Deif | 2002-09-26 | 2024-07-13
@ - | Islamic Jihad leader; Islamic Jihad chief; PIJ leader; Palestinian Islamic Jihad leader
Ziad al-Nakhalah | 2018-09-28 |
@ - | Hezbollah leader; Hezbollah chief; Hezbollah secretary-general; Hezbollah secretary general; Hezbollah head; head of Hezbollah; leader of Hezbollah; Hizbollah leader; Hizbollah chief
Hassan Nasrallah | 1992-02-16 | 2024-09-27
Naim Qassem | 2024-10-29 |
@ Lebanon | PMX
Rafik Hariri | 1992-10-31 | 1998-12-04
Rafik Hariri | 2000-10-23 | 2004-10-21
Fouad Siniora | 2005-07-19 | 2009-11-09
Saad Hariri | 2009-11-09 | 2011-06-13
Najib Mikati | 2011-06-13 | 2014-02-15
Tammam Salam | 2014-02-15 | 2016-12-18
Saad Hariri | 2016-12-18 | 2020-01-21
Hassan Diab | 2020-01-21 | 2021-09-10
Najib Mikati | 2021-09-10 | 2025-02-08
Nawaf Salam | 2025-02-08 |
@ Lebanon | PRES
Émile Lahoud | 1998-11-24 | 2007-11-23
Michel Suleiman | 2008-05-25 | 2014-05-25
Michel Aoun | 2016-10-31 | 2022-10-30
Joseph Aoun | 2025-01-09 |
@ Lebanon | {A} parliament speaker; {A} speaker; speaker of the Lebanese parliament
Nabih Berri | 1992-10-20 |
@ Lebanon | {A} army chief; {A} army commander; Lebanese Armed Forces commander
Joseph Aoun | 2017-03-08 | 2025-01-09
@ Syria | PRES; LEADER; {A} head of state
Hafez al-Assad | 1971-03-14 | 2000-06-10
Bashar al-Assad | 2000-07-17 | 2024-12-08
Ahmed al-Sharaa | 2024-12-08 |
@ Syria | FM
Walid Muallem | 2006-02-11 | 2020-11-16
Faisal Mekdad | 2020-11-22 | 2024-12-08
Asaad al-Shaibani | 2024-12-21 |
@ Syria | {A} ambassador to the United Nations; {A} ambassador to the UN; {A} UN ambassador; {A} envoy to the UN
Bashar al-Jaafari | 2006-07-01 | 2020-07-01
@ - | HTS leader; HTS chief; Hayat Tahrir al-Sham leader; leader of Hayat Tahrir al-Sham; Nusra Front leader
Ahmed al-Sharaa | 2017-01-28 | 2024-12-08
@ - | SDF commander; SDF chief; SDF leader; Syrian Democratic Forces commander; Kurdish-led SDF commander
Mazloum Abdi | 2015-10-10 |
@ Jordan | KING
Hussein bin Talal | 1952-08-11 | 1999-02-07
Abdullah II | 1999-02-07 |
@ Jordan | FM
Ayman Safadi | 2017-01-15 |
# ===================== Iran, Iraq, Gulf, Egypt, North Africa
@ Iran | SUPREME; LEADER; {A} spiritual leader; Iran's top leader; {A} top leader
Ruhollah Khomeini | 1979-12-03 | 1989-06-03
Ali Khamenei | 1989-06-04 |
@ Iran | PRES
Akbar Hashemi Rafsanjani | 1989-08-03 | 1997-08-03
Mohammad Khatami | 1997-08-03 | 2005-08-03
Mahmoud Ahmadinejad | 2005-08-03 | 2013-08-03
Hassan Rouhani | 2013-08-03 | 2021-08-03
Ebrahim Raisi | 2021-08-03 | 2024-05-19
Mohammad Mokhber | 2024-05-19 | 2024-07-28
Masoud Pezeshkian | 2024-07-28 |
@ Iran | FM
Ali Akbar Velayati | 1981-12-15 | 1997-08-20
Kamal Kharrazi | 1997-08-20 | 2005-08-24
Manouchehr Mottaki | 2005-08-24 | 2010-12-13
Ali Akbar Salehi | 2010-12-13 | 2013-08-15
Mohammad Javad Zarif | 2013-08-15 | 2021-08-25
Hossein Amir-Abdollahian | 2021-08-25 | 2024-05-19
Ali Bagheri Kani | 2024-05-19 | 2024-08-21
Abbas Araghchi | 2024-08-21 |
@ Iran | {A} foreign ministry spokesman; {A} foreign ministry spokesperson; {N} foreign ministry spokesman
Bahram Qasemi | 2017-03-01 | 2019-08-26
Nasser Kanaani | 2022-08-10 | 2024-08-01
Esmaeil Baghaei | 2024-08-01 |
@ Iran | {A} parliament speaker; speaker of Iran's parliament; {A} speaker; Majlis speaker
Ali Larijani | 2008-05-28 | 2020-05-28
Mohammad Bagher Ghalibaf | 2020-05-28 |
@ Iran | {A} security chief; secretary of Iran's Supreme National Security Council; {A} national security chief; {A} top security official
Ali Shamkhani | 2013-09-10 | 2023-05-22
Ali Larijani | 2025-08-05 |
@ Iran | Quds Force commander; Quds Force chief; head of the Quds Force; commander of the Quds Force; Quds Force leader
Qasem Soleimani | 1998-01-01 | 2020-01-03
Esmail Qaani | 2020-01-03 |
@ Iran | IRGC commander; IRGC chief; Revolutionary Guards commander; Revolutionary Guards chief; commander of the Revolutionary Guards; Revolutionary Guard commander
Hossein Salami | 2019-04-21 | 2025-06-13
@ Iran | {A} armed forces chief; {A} chief of staff; {A} military chief; chief of staff of Iran's armed forces
Mohammad Bagheri | 2016-06-28 | 2025-06-13
@ Iraq | PMX; LEADER
Ayad Allawi | 2004-06-28 | 2005-05-03
Ibrahim al-Jaafari | 2005-05-03 | 2006-05-20
Nouri al-Maliki | 2006-05-20 | 2014-09-08
Haider al-Abadi | 2014-09-08 | 2018-10-25
Adel Abdul Mahdi | 2018-10-25 | 2020-05-07
Mustafa al-Kadhimi | 2020-05-07 | 2022-10-27
Mohammed Shia al-Sudani | 2022-10-27 |
@ Iraq | PRES
Saddam Hussein | 1979-07-16 | 2003-04-09
Jalal Talabani | 2005-04-07 | 2014-07-24
Fuad Masum | 2014-07-24 | 2018-10-02
Barham Salih | 2018-10-02 | 2022-10-17
Abdul Latif Rashid | 2022-10-17 |
@ Iraq | {A} dictator; {A} strongman; LEADER
Saddam Hussein | 1979-07-16 | 2003-04-09
@ Iraq | {A} foreign minister; {N} foreign minister
Tariq Aziz | 1983-01-01 | 1991-03-23
@ Iraq | {A} Kurdish leader; Kurdish regional president; president of the Kurdistan Region; Iraqi Kurdish leader
Masoud Barzani | 2005-06-14 | 2017-11-01
@ Iraq | {A} Shia cleric; Iraq's top Shia cleric; Iraq's top Shiite cleric; {A} grand ayatollah; Iraq's most senior Shiite cleric
Ali al-Sistani | 1992-08-08 |
@ Afghanistan | PRES; LEADER
Hamid Karzai | 2001-12-22 | 2014-09-29
Ashraf Ghani | 2014-09-29 | 2021-08-15
@ - | Taliban leader; Taliban supreme leader; Taliban chief; leader of the Taliban; supreme leader of the Taliban; Taliban's supreme leader; Taliban founder
Mullah Omar | 1994-09-01 | 2013-04-23
Akhtar Mansour | 2015-07-29 | 2016-05-21
Hibatullah Akhundzada | 2016-05-25 |
@ - | Taliban spokesman; Taliban spokesperson; Taliban's chief spokesman; Taliban government spokesman
Zabihullah Mujahid | 2007-01-01 |
@ Afghanistan | {A} foreign minister; Taliban foreign minister; {A} acting foreign minister
Amir Khan Muttaqi | 2021-09-07 |
@ - | al-Qaeda leader; al-Qaeda chief; al Qaeda leader; al Qaeda chief; al-Qaida leader; Al-Qaeda leader; Al Qaeda leader; head of al-Qaeda; al-Qaeda founder; al Qaeda founder
Osama bin Laden | 1988-08-11 | 2011-05-02
Ayman al-Zawahiri | 2011-06-16 | 2022-07-31
@ - | Islamic State leader; ISIS leader; ISIL leader; IS leader; Islamic State chief; ISIS chief; self-proclaimed caliph; Islamic State's leader; Islamic State caliph
Abu Bakr al-Baghdadi | 2010-05-16 | 2019-10-27
@ - | Houthi leader; Houthi chief; leader of the Houthis; Houthis' leader; Houthi movement leader; Ansar Allah leader
Abdul-Malik al-Houthi | 2004-09-10 |
@ - | PKK leader; PKK founder; jailed PKK leader; Kurdish militant leader; founder of the PKK
Abdullah Öcalan | 1978-11-27 |
@ - | Boko Haram leader; Boko Haram chief
Abubakar Shekau | 2009-07-30 | 2021-05-19
@ Saudi Arabia | KING; {A} ruler; custodian of the two holy mosques
Fahd bin Abdulaziz | 1982-06-13 | 2005-08-01
Abdullah bin Abdulaziz | 2005-08-01 | 2015-01-23
Salman bin Abdulaziz | 2015-01-23 |
@ Saudi Arabia | CROWN; {A} heir apparent
Abdullah bin Abdulaziz | 1982-06-13 | 2005-08-01
Salman bin Abdulaziz | 2012-06-18 | 2015-01-23
Muhammad bin Nayef | 2015-04-29 | 2017-06-21
Mohammed bin Salman | 2017-06-21 |
@ Saudi Arabia | PMX; {A} de facto ruler; {A} de facto leader
Salman bin Abdulaziz | 2015-01-23 | 2022-09-27
Mohammed bin Salman | 2022-09-27 |
@ Saudi Arabia | FM
Saud al-Faisal | 1975-10-13 | 2015-04-29
Adel al-Jubeir | 2015-04-29 | 2018-12-27
Ibrahim al-Assaf | 2018-12-27 | 2019-10-23
Faisal bin Farhan | 2019-10-23 |
@ Saudi Arabia | {A} defence minister; {A} defense minister
Mohammed bin Salman | 2015-01-23 | 2022-09-27
Khalid bin Salman | 2022-09-27 |
@ Saudi Arabia | {A} ambassador to the United States; {A} ambassador to Washington; {A} ambassador in Washington
Bandar bin Sultan | 1983-10-24 | 2005-09-08
@ Qatar | EMIR; {A} ruler; LEADER
Hamad bin Khalifa Al Thani | 1995-06-27 | 2013-06-25
Tamim bin Hamad Al Thani | 2013-06-25 |
@ Qatar | PMX
Hamad bin Jassim Al Thani | 2007-04-03 | 2013-06-26
Mohammed bin Abdulrahman Al Thani | 2023-03-07 |
@ Qatar | FM
Hamad bin Jassim Al Thani | 1992-09-01 | 2013-06-26
Mohammed bin Abdulrahman Al Thani | 2016-01-27 |
@ United Arab Emirates | PRES; LEADER; {A} ruler
Khalifa bin Zayed | 2004-11-03 | 2022-05-13
Mohamed bin Zayed | 2022-05-14 |
@ United Arab Emirates | Abu Dhabi crown prince; crown prince of Abu Dhabi; Abu Dhabi's crown prince
Mohamed bin Zayed | 2004-11-02 | 2022-05-14
@ United Arab Emirates | FM
Abdullah bin Zayed | 2006-02-09 |
@ United Arab Emirates | {A} vice president; {A} prime minister; Dubai ruler; ruler of Dubai; Dubai's ruler
Mohammed bin Rashid Al Maktoum | 2006-01-05 |
@ Bahrain | KING
Hamad bin Isa Al Khalifa | 2002-02-14 |
@ Oman | {A} sultan; sultan of {TN}; LEADER
Qaboos bin Said | 1970-07-23 | 2020-01-10
Haitham bin Tariq | 2020-01-11 |
@ Egypt | PRES; LEADER
Hosni Mubarak | 1981-10-14 | 2011-02-11
Mohamed Hussein Tantawi | 2011-02-11 | 2012-06-30
Mohamed Morsi | 2012-06-30 | 2013-07-03
Adly Mansour | 2013-07-04 | 2014-06-08
Abdel Fattah al-Sisi | 2014-06-08 |
@ Egypt | FM
Amr Moussa | 1991-05-20 | 2001-05-15
Ahmed Aboul Gheit | 2004-07-11 | 2011-03-06
Nabil Fahmy | 2013-07-16 | 2014-06-17
Sameh Shoukry | 2014-06-17 | 2024-07-03
Badr Abdelatty | 2024-07-03 |
@ Egypt | PMX
Mostafa Madbouly | 2018-06-07 |
@ Egypt | {A} army chief; {A} military chief; {A} defence minister; {A} defense minister
Abdel Fattah al-Sisi | 2012-08-12 | 2014-03-26
@ Libya | LEADER; {A} dictator; {A} strongman
Muammar Gaddafi | 1969-09-01 | 2011-10-20
@ Libya | eastern Libyan commander; eastern commander; Libyan National Army commander; LNA commander; {A} military strongman; eastern Libya strongman; LNA chief
Khalifa Haftar | 2015-03-02 |
@ Libya | PMX; GNA prime minister; GNA leader; head of the Government of National Accord
Fayez al-Sarraj | 2016-03-30 | 2021-03-15
Abdul Hamid Dbeibah | 2021-03-15 |
@ Tunisia | PRES; LEADER
Zine El Abidine Ben Ali | 1987-11-07 | 2011-01-14
Kais Saied | 2019-10-23 |
@ Algeria | PRES; LEADER
Abdelaziz Bouteflika | 1999-04-27 | 2019-04-02
Abdelmadjid Tebboune | 2019-12-19 |
@ Morocco | KING
Mohammed VI | 1999-07-23 |
@ Morocco | FM
Nasser Bourita | 2017-04-05 |
# ===================== South and Southeast Asia
@ India | PM; LEADER
V. P. Singh | 1989-12-02 | 1990-11-10
Chandra Shekhar | 1990-11-10 | 1991-06-21
P. V. Narasimha Rao | 1991-06-21 | 1996-05-16
Atal Bihari Vajpayee | 1996-05-16 | 1996-06-01
H. D. Deve Gowda | 1996-06-01 | 1997-04-21
I. K. Gujral | 1997-04-21 | 1998-03-19
Atal Bihari Vajpayee | 1998-03-19 | 2004-05-22
Manmohan Singh | 2004-05-22 | 2014-05-26
Narendra Modi | 2014-05-26 |
@ India | PRES
A. P. J. Abdul Kalam | 2002-07-25 | 2007-07-25
Pratibha Patil | 2007-07-25 | 2012-07-25
Pranab Mukherjee | 2012-07-25 | 2017-07-25
Ram Nath Kovind | 2017-07-25 | 2022-07-25
Droupadi Murmu | 2022-07-25 |
@ India | FM; {A} external affairs minister; {N} external affairs minister; external affairs minister; EAM; minister of external affairs
Jaswant Singh | 1998-12-05 | 2002-07-01
Yashwant Sinha | 2002-07-01 | 2004-05-22
Natwar Singh | 2004-05-22 | 2005-11-06
Pranab Mukherjee | 2006-10-24 | 2009-05-22
S. M. Krishna | 2009-05-22 | 2012-10-28
Salman Khurshid | 2012-10-28 | 2014-05-26
Sushma Swaraj | 2014-05-26 | 2019-05-30
Subrahmanyam Jaishankar | 2019-05-30 |
@ India | {A} foreign secretary; foreign secretary of {TN}
Subrahmanyam Jaishankar | 2015-01-29 | 2018-01-28
Vikram Misri | 2024-07-15 |
@ India | DEF
Rajnath Singh | 2019-05-31 |
@ India | {A} national security adviser; {A} national security advisor; {A} NSA
Ajit Doval | 2014-05-30 |
@ India | {A} home minister; {A} interior minister
Amit Shah | 2019-05-30 |
@ India | {A} finance minister; {N} finance minister
Pranab Mukherjee | 2009-01-24 | 2012-06-26
Nirmala Sitharaman | 2019-05-30 |
@ India | {A} opposition leader; leader of the opposition in the Lok Sabha
Rahul Gandhi | 2024-06-09 |
@ Pakistan | PMX; {A} premier
Benazir Bhutto | 1988-12-02 | 1990-08-06
Nawaz Sharif | 1990-11-06 | 1993-07-18
Benazir Bhutto | 1993-10-19 | 1996-11-05
Nawaz Sharif | 1997-02-17 | 1999-10-12
Shaukat Aziz | 2004-08-28 | 2007-11-16
Yousaf Raza Gilani | 2008-03-25 | 2012-06-19
Raja Pervez Ashraf | 2012-06-22 | 2013-03-25
Nawaz Sharif | 2013-06-05 | 2017-07-28
Shahid Khaqan Abbasi | 2017-08-01 | 2018-05-31
Imran Khan | 2018-08-18 | 2022-04-10
Shehbaz Sharif | 2022-04-11 | 2023-08-14
Anwaar-ul-Haq Kakar | 2023-08-14 | 2024-03-04
Shehbaz Sharif | 2024-03-04 |
@ Pakistan | PRES
Pervez Musharraf | 2001-06-20 | 2008-08-18
Asif Ali Zardari | 2008-09-09 | 2013-09-09
Mamnoon Hussain | 2013-09-09 | 2018-09-09
Arif Alvi | 2018-09-09 | 2024-03-09
Asif Ali Zardari | 2024-03-10 |
@ Pakistan | {A} military ruler; {A} military leader; {A} leader; {N} leader
Pervez Musharraf | 1999-10-12 | 2008-08-18
@ Pakistan | FM
Shah Mahmood Qureshi | 2008-03-31 | 2011-02-11
Hina Rabbani Khar | 2011-07-19 | 2013-03-16
Khawaja Asif | 2017-08-04 | 2018-04-26
Shah Mahmood Qureshi | 2018-08-20 | 2022-04-10
Bilawal Bhutto Zardari | 2022-04-27 | 2023-08-10
Jalil Abbas Jilani | 2023-08-17 | 2024-03-04
Ishaq Dar | 2024-03-11 |
@ Pakistan | ARMY; {A} military chief; Pakistan's army chief; {A} chief of army staff; {A} field marshal
Ashfaq Parvez Kayani | 2007-11-28 | 2013-11-29
Raheel Sharif | 2013-11-29 | 2016-11-29
Qamar Javed Bajwa | 2016-11-29 | 2022-11-29
Asim Munir | 2022-11-29 |
@ Bangladesh | PMX; LEADER
Khaleda Zia | 1991-03-20 | 1996-03-30
Sheikh Hasina | 1996-06-23 | 2001-07-15
Khaleda Zia | 2001-10-10 | 2006-10-29
Sheikh Hasina | 2009-01-06 | 2024-08-05
Muhammad Yunus | 2024-08-08 |
@ Bangladesh | {A} chief adviser; {A} interim leader; chief adviser of {TN}
Muhammad Yunus | 2024-08-08 |
@ Sri Lanka | PRES
Mahinda Rajapaksa | 2005-11-19 | 2015-01-09
Gotabaya Rajapaksa | 2019-11-18 | 2022-07-14
Ranil Wickremesinghe | 2022-07-21 | 2024-09-23
Anura Kumara Dissanayake | 2024-09-23 |
@ Nepal | PMX
K. P. Sharma Oli | 2024-07-15 | 2025-09-09
@ Myanmar | {A} junta chief; {A} junta leader; {A} military leader; {A} military chief; {A} army chief; Myanmar's military ruler; head of Myanmar's junta; {A} commander-in-chief
Min Aung Hlaing | 2011-03-30 |
@ Myanmar | {A} civilian leader; {A} de facto leader; state counsellor; {A} state counsellor
Aung San Suu Kyi | 2016-04-06 | 2021-02-01
@ Myanmar | {A} democracy leader; {A} opposition leader; {A} democracy icon; {A} pro-democracy leader
Aung San Suu Kyi | 1988-08-26 | 2016-04-06
@ Cambodia | PMX; LEADER; {A} strongman
Hun Sen | 1985-01-14 | 2023-08-22
Hun Manet | 2023-08-22 |
@ Thailand | PMX; LEADER
Thaksin Shinawatra | 2001-02-09 | 2006-09-19
Abhisit Vejjajiva | 2008-12-17 | 2011-08-05
Yingluck Shinawatra | 2011-08-05 | 2014-05-07
Prayut Chan-o-cha | 2014-08-24 | 2023-08-22
Srettha Thavisin | 2023-08-22 | 2024-08-14
Paetongtarn Shinawatra | 2024-08-16 | 2025-08-29
Anutin Charnvirakul | 2025-09-07 |
@ Thailand | {A} junta chief; {A} junta leader; {A} army chief
Prayut Chan-o-cha | 2014-05-22 | 2014-08-24
@ Malaysia | PMX; LEADER
Mahathir Mohamad | 1981-07-16 | 2003-10-31
Abdullah Ahmad Badawi | 2003-10-31 | 2009-04-03
Najib Razak | 2009-04-03 | 2018-05-10
Mahathir Mohamad | 2018-05-10 | 2020-03-01
Muhyiddin Yassin | 2020-03-01 | 2021-08-16
Ismail Sabri Yaakob | 2021-08-21 | 2022-11-24
Anwar Ibrahim | 2022-11-24 |
@ Singapore | PMX; LEADER
Lee Kuan Yew | 1959-06-05 | 1990-11-28
Goh Chok Tong | 1990-11-28 | 2004-08-12
Lee Hsien Loong | 2004-08-12 | 2024-05-15
Lawrence Wong | 2024-05-15 |
@ Singapore | FM
Vivian Balakrishnan | 2015-10-01 |
@ Indonesia | PRES; LEADER
Suharto | 1967-03-12 | 1998-05-21
B. J. Habibie | 1998-05-21 | 1999-10-20
Abdurrahman Wahid | 1999-10-20 | 2001-07-23
Megawati Sukarnoputri | 2001-07-23 | 2004-10-20
Susilo Bambang Yudhoyono | 2004-10-20 | 2014-10-20
Joko Widodo | 2014-10-20 | 2024-10-20
Prabowo Subianto | 2024-10-20 |
@ Indonesia | FM
Ali Alatas | 1988-03-21 | 1999-10-20
Hassan Wirajuda | 2001-08-09 | 2009-10-20
Marty Natalegawa | 2009-10-22 | 2014-10-20
Retno Marsudi | 2014-10-27 | 2024-10-20
Sugiono | 2024-10-21 |
@ Indonesia | DEF
Prabowo Subianto | 2019-10-23 | 2024-10-20
@ Philippines | PRES; LEADER
Fidel Ramos | 1992-06-30 | 1998-06-30
Joseph Estrada | 1998-06-30 | 2001-01-20
Gloria Macapagal Arroyo | 2001-01-20 | 2010-06-30
Benigno Aquino III | 2010-06-30 | 2016-06-30
Rodrigo Duterte | 2016-06-30 | 2022-06-30
Ferdinand Marcos Jr. | 2022-06-30 |
@ Philippines | VP
Sara Duterte | 2022-06-30 |
@ Vietnam | {A} Communist Party chief; {A} party chief; {A} leader; {N} leader; general secretary of Vietnam's Communist Party; {A} general secretary; {A} Communist Party leader
Nguyen Phu Trong | 2011-01-19 | 2024-07-19
To Lam | 2024-08-03 |
@ Vietnam | PRES
Nguyen Phu Trong | 2018-10-23 | 2021-04-05
Nguyen Xuan Phuc | 2021-04-05 | 2023-01-18
To Lam | 2024-05-22 | 2024-10-21
@ Vietnam | PMX
Nguyen Xuan Phuc | 2016-04-07 | 2021-04-05
Pham Minh Chinh | 2021-04-05 |
# ===================== Americas
@ Canada | PMX; LEADER
Brian Mulroney | 1984-09-17 | 1993-06-25
Kim Campbell | 1993-06-25 | 1993-11-04
Jean Chrétien | 1993-11-04 | 2003-12-12
Paul Martin | 2003-12-12 | 2006-02-06
Stephen Harper | 2006-02-06 | 2015-11-04
Justin Trudeau | 2015-11-04 | 2025-03-14
Mark Carney | 2025-03-14 |
@ Canada | FM; {A} minister of foreign affairs
Lloyd Axworthy | 1996-01-25 | 2000-10-17
John Manley | 2000-10-17 | 2002-01-15
Bill Graham | 2002-01-16 | 2004-07-20
Pierre Pettigrew | 2004-07-20 | 2006-02-06
Peter MacKay | 2006-02-06 | 2007-08-14
Maxime Bernier | 2007-08-14 | 2008-05-26
David Emerson | 2008-05-26 | 2008-10-30
Lawrence Cannon | 2008-10-30 | 2011-05-18
John Baird | 2011-05-18 | 2015-02-03
Rob Nicholson | 2015-02-09 | 2015-11-04
Stéphane Dion | 2015-11-04 | 2017-01-10
Chrystia Freeland | 2017-01-10 | 2019-11-20
François-Philippe Champagne | 2019-11-20 | 2021-01-12
Marc Garneau | 2021-01-12 | 2021-10-26
Mélanie Joly | 2021-10-26 | 2025-05-13
Anita Anand | 2025-05-13 |
@ Canada | {A} finance minister; {A} deputy prime minister
Chrystia Freeland | 2020-08-18 | 2024-12-16
@ Canada | {A} opposition leader; leader of the Conservative Party of Canada
Pierre Poilievre | 2022-09-10 |
@ Mexico | PRES; LEADER
Carlos Salinas de Gortari | 1988-12-01 | 1994-11-30
Ernesto Zedillo | 1994-12-01 | 2000-11-30
Vicente Fox | 2000-12-01 | 2006-11-30
Felipe Calderón | 2006-12-01 | 2012-11-30
Enrique Peña Nieto | 2012-12-01 | 2018-11-30
Andrés Manuel López Obrador | 2018-12-01 | 2024-09-30
Claudia Sheinbaum | 2024-10-01 |
@ Mexico | FM; {A} foreign secretary; {A} foreign relations secretary
Luis Videgaray | 2017-01-04 | 2018-11-30
Marcelo Ebrard | 2018-12-01 | 2023-06-12
Alicia Bárcena | 2023-07-03 | 2024-09-30
Juan Ramón de la Fuente | 2024-10-01 |
@ Mexico | {A} economy minister; {A} economy secretary
Marcelo Ebrard | 2024-10-01 |
@ Brazil | PRES; LEADER
Fernando Collor de Mello | 1990-03-15 | 1992-12-29
Itamar Franco | 1992-12-29 | 1995-01-01
Fernando Henrique Cardoso | 1995-01-01 | 2003-01-01
Luiz Inácio Lula da Silva | 2003-01-01 | 2011-01-01
Dilma Rousseff | 2011-01-01 | 2016-08-31
Michel Temer | 2016-08-31 | 2019-01-01
Jair Bolsonaro | 2019-01-01 | 2023-01-01
Luiz Inácio Lula da Silva | 2023-01-01 |
@ Brazil | FM
Celso Amorim | 2003-01-01 | 2011-01-01
Antonio Patriota | 2011-01-01 | 2013-08-26
Mauro Vieira | 2015-01-01 | 2016-05-12
Ernesto Araújo | 2019-01-01 | 2021-03-29
Mauro Vieira | 2023-01-01 |
@ Brazil | {A} finance minister
Fernando Haddad | 2023-01-01 |
@ Brazil | {A} environment minister
Marina Silva | 2003-01-01 | 2008-05-27
Marina Silva | 2023-01-01 |
@ Argentina | PRES; LEADER
Carlos Menem | 1989-07-08 | 1999-12-10
Fernando de la Rúa | 1999-12-10 | 2001-12-21
Eduardo Duhalde | 2002-01-02 | 2003-05-25
Néstor Kirchner | 2003-05-25 | 2007-12-10
Cristina Fernández de Kirchner | 2007-12-10 | 2015-12-10
Mauricio Macri | 2015-12-10 | 2019-12-10
Alberto Fernández | 2019-12-10 | 2023-12-10
Javier Milei | 2023-12-10 |
@ Argentina | FM
Héctor Timerman | 2010-06-18 | 2015-12-10
Susana Malcorra | 2015-12-10 | 2017-06-12
Jorge Faurie | 2017-06-12 | 2019-12-10
Felipe Solá | 2019-12-10 | 2021-09-20
Santiago Cafiero | 2021-09-20 | 2023-12-10
Diana Mondino | 2023-12-10 | 2024-10-30
Gerardo Werthein | 2024-10-30 | 2025-10-27
Pablo Quirno | 2025-10-27 |
@ Chile | PRES; LEADER
Patricio Aylwin | 1990-03-11 | 1994-03-11
Eduardo Frei Ruiz-Tagle | 1994-03-11 | 2000-03-11
Ricardo Lagos | 2000-03-11 | 2006-03-11
Michelle Bachelet | 2006-03-11 | 2010-03-11
Sebastián Piñera | 2010-03-11 | 2014-03-11
Michelle Bachelet | 2014-03-11 | 2018-03-11
Sebastián Piñera | 2018-03-11 | 2022-03-11
Gabriel Boric | 2022-03-11 | 2026-03-11
José Antonio Kast | 2026-03-11 |
@ Colombia | PRES; LEADER
Andrés Pastrana | 1998-08-07 | 2002-08-07
Álvaro Uribe | 2002-08-07 | 2010-08-07
Juan Manuel Santos | 2010-08-07 | 2018-08-07
Iván Duque | 2018-08-07 | 2022-08-07
Gustavo Petro | 2022-08-07 |
@ - | FARC leader; FARC commander; FARC chief; leader of the FARC; former FARC commander; Comunes party leader
Rodrigo Londoño | 2011-11-05 |
@ Venezuela | PRES; LEADER; {A} strongman
Hugo Chávez | 1999-02-02 | 2013-03-05
Nicolás Maduro | 2013-03-05 |
@ Venezuela | {A} opposition leader; leader of the Venezuelan opposition
Juan Guaidó | 2019-01-05 | 2023-01-03
María Corina Machado | 2023-10-22 |
@ Venezuela | {A} interim president; self-declared interim president; {A} self-declared president
Juan Guaidó | 2019-01-23 | 2023-01-03
@ Venezuela | {A} vice president; {N} vice president
Delcy Rodríguez | 2018-06-14 |
@ Venezuela | FM
Jorge Arreaza | 2017-08-02 | 2021-08-21
@ Venezuela | DEF
Vladimir Padrino López | 2014-10-24 |
@ Cuba | LEADER
Fidel Castro | 1959-01-01 | 2008-02-24
Raúl Castro | 2008-02-24 | 2021-04-19
Miguel Díaz-Canel | 2021-04-19 |
@ Cuba | PRES
Fidel Castro | 1976-12-02 | 2008-02-24
Raúl Castro | 2008-02-24 | 2018-04-19
Miguel Díaz-Canel | 2018-04-19 |
@ Cuba | FM
Bruno Rodríguez Parrilla | 2009-03-02 |
@ Bolivia | PRES; LEADER
Evo Morales | 2006-01-22 | 2019-11-10
Jeanine Áñez | 2019-11-12 | 2020-11-08
Luis Arce | 2020-11-08 | 2025-11-08
Rodrigo Paz | 2025-11-08 |
@ Ecuador | PRES
Rafael Correa | 2007-01-15 | 2017-05-24
Lenín Moreno | 2017-05-24 | 2021-05-24
Guillermo Lasso | 2021-05-24 | 2023-11-23
Daniel Noboa | 2023-11-23 |
@ Peru | PRES
Pedro Castillo | 2021-07-28 | 2022-12-07
Dina Boluarte | 2022-12-07 | 2025-10-10
@ Nicaragua | PRES; LEADER
Daniel Ortega | 2007-01-10 |
@ Nicaragua | VP
Rosario Murillo | 2017-01-10 | 2025-02-18
@ El Salvador | PRES; LEADER; {N} president
Nayib Bukele | 2019-06-01 |
@ Honduras | PRES
Xiomara Castro | 2022-01-27 |
@ Guatemala | PRES
Bernardo Arévalo | 2024-01-15 |
@ Haiti | PRES
Jovenel Moïse | 2017-02-07 | 2021-07-07
@ Haiti | PMX
Ariel Henry | 2021-07-20 | 2024-04-25
# ===================== Sub-Saharan Africa
@ South Africa | PRES; LEADER
F. W. de Klerk | 1989-09-20 | 1994-05-10
Nelson Mandela | 1994-05-10 | 1999-06-14
Thabo Mbeki | 1999-06-14 | 2008-09-24
Kgalema Motlanthe | 2008-09-25 | 2009-05-09
Jacob Zuma | 2009-05-09 | 2018-02-14
Cyril Ramaphosa | 2018-02-15 |
@ South Africa | FM; {A} minister of international relations; {A} international relations minister
Nkosazana Dlamini-Zuma | 1999-06-17 | 2009-05-10
Maite Nkoana-Mashabane | 2009-05-11 | 2018-02-26
Lindiwe Sisulu | 2018-02-27 | 2019-05-29
Naledi Pandor | 2019-05-30 | 2024-06-30
Ronald Lamola | 2024-07-03 |
@ Zimbabwe | PRES; LEADER
Robert Mugabe | 1987-12-31 | 2017-11-21
Emmerson Mnangagwa | 2017-11-24 |
@ Uganda | PRES; LEADER
Yoweri Museveni | 1986-01-29 |
@ Rwanda | PRES; LEADER
Paul Kagame | 2000-04-22 |
@ Rwanda | FM
Olivier Nduhungirehe | 2023-12-06 |
@ DR Congo | {N} president; president of {TN}; {N} leader
Laurent-Désiré Kabila | 1997-05-17 | 2001-01-16
Joseph Kabila | 2001-01-26 | 2019-01-24
Félix Tshisekedi | 2019-01-24 |
@ DR Congo | {N} foreign minister; foreign minister of {TN}
Thérèse Kayikwamba Wagner | 2024-05-29 |
@ Republic of the Congo | {N} president; president of {TN}
Denis Sassou Nguesso | 1997-10-25 |
@ Kenya | PRES; LEADER
Daniel arap Moi | 1978-10-14 | 2002-12-30
Mwai Kibaki | 2002-12-30 | 2013-04-09
Uhuru Kenyatta | 2013-04-09 | 2022-09-13
William Ruto | 2022-09-13 |
@ Kenya | {A} opposition leader; {A} veteran opposition leader
Raila Odinga | 2013-04-09 | 2025-10-15
@ Nigeria | PRES; LEADER
Olusegun Obasanjo | 1999-05-29 | 2007-05-29
Umaru Musa Yar'Adua | 2007-05-29 | 2010-05-05
Goodluck Jonathan | 2010-05-06 | 2015-05-29
Muhammadu Buhari | 2015-05-29 | 2023-05-29
Bola Tinubu | 2023-05-29 |
@ Ethiopia | PMX; LEADER
Meles Zenawi | 1995-08-23 | 2012-08-20
Hailemariam Desalegn | 2012-08-21 | 2018-04-02
Abiy Ahmed | 2018-04-02 |
@ Eritrea | PRES; LEADER
Isaias Afwerki | 1993-05-24 |
@ South Sudan | PRES; LEADER
Salva Kiir | 2011-07-09 |
@ South Sudan | VP; {A} first vice president; first vice president of {TN}; {A} opposition leader; {A} rebel leader
Riek Machar | 2020-02-22 |
@ Sudan | PRES; LEADER
Omar al-Bashir | 1989-06-30 | 2019-04-11
Abdel Fattah al-Burhan | 2019-04-12 |
@ Sudan | {A} army chief; {A} military leader; {A} military ruler; {A} de facto leader; head of Sudan's sovereign council; Sudanese army commander
Abdel Fattah al-Burhan | 2019-04-12 |
@ - | RSF leader; RSF commander; RSF chief; Rapid Support Forces leader; Rapid Support Forces commander; head of the Rapid Support Forces
Mohamed Hamdan Dagalo | 2013-08-01 |
@ Sudan | PMX
Abdalla Hamdok | 2019-08-21 | 2022-01-02
@ Senegal | PRES
Macky Sall | 2012-04-02 | 2024-04-02
Bassirou Diomaye Faye | 2024-04-02 |
@ Senegal | PMX
Ousmane Sonko | 2024-04-02 |
@ Ghana | PRES
Nana Akufo-Addo | 2017-01-07 | 2025-01-07
John Mahama | 2012-07-24 | 2017-01-07
John Mahama | 2025-01-07 |
@ Ivory Coast | PRES
Laurent Gbagbo | 2000-10-26 | 2010-12-04
Alassane Ouattara | 2010-12-04 |
@ Mali | {A} junta leader; {A} junta chief; {A} military leader; PRES
Assimi Goïta | 2021-05-24 |
@ Burkina Faso | {A} junta leader; {A} junta chief; {A} military leader; PRES
Ibrahim Traoré | 2022-09-30 |
@ Niger | {A} junta leader; {A} junta chief; {A} military leader
Abdourahamane Tchiani | 2023-07-26 |
@ Niger | PRES
Mohamed Bazoum | 2021-04-02 | 2023-07-26
Abdourahamane Tchiani | 2023-07-26 |
@ Chad | PRES; LEADER
Idriss Déby | 1990-12-02 | 2021-04-20
Mahamat Idriss Déby | 2021-04-20 |
@ Somalia | PRES
Hassan Sheikh Mohamud | 2012-09-16 | 2017-02-16
Mohamed Abdullahi Farmajo | 2017-02-16 | 2022-06-09
Hassan Sheikh Mohamud | 2022-06-09 |
@ Tanzania | PRES
John Magufuli | 2015-11-05 | 2021-03-17
Samia Suluhu Hassan | 2021-03-19 |
@ Zambia | PRES
Hakainde Hichilema | 2021-08-24 |
@ Liberia | PRES
Ellen Johnson Sirleaf | 2006-01-16 | 2018-01-22
George Weah | 2018-01-22 | 2024-01-22
@ Cameroon | PRES; LEADER
Paul Biya | 1982-11-06 |
@ Gambia | PRES
Yahya Jammeh | 1994-07-22 | 2017-01-19
@ Eswatini | KING
Mswati III | 1986-04-25 |
# ===================== Oceania
@ Australia | PMX; LEADER
Bob Hawke | 1983-03-11 | 1991-12-20
Paul Keating | 1991-12-20 | 1996-03-11
John Howard | 1996-03-11 | 2007-12-03
Kevin Rudd | 2007-12-03 | 2010-06-24
Julia Gillard | 2010-06-24 | 2013-06-27
Kevin Rudd | 2013-06-27 | 2013-09-18
Tony Abbott | 2013-09-18 | 2015-09-15
Malcolm Turnbull | 2015-09-15 | 2018-08-24
Scott Morrison | 2018-08-24 | 2022-05-23
Anthony Albanese | 2022-05-23 |
@ Australia | FM
Gareth Evans | 1988-09-02 | 1996-03-11
Alexander Downer | 1996-03-11 | 2007-12-03
Stephen Smith | 2007-12-03 | 2010-09-14
Kevin Rudd | 2010-09-14 | 2012-02-22
Bob Carr | 2012-03-13 | 2013-09-18
Julie Bishop | 2013-09-18 | 2018-08-26
Marise Payne | 2018-08-26 | 2022-05-23
Penny Wong | 2022-05-23 |
@ Australia | DEF; {A} deputy prime minister
Richard Marles | 2022-05-23 |
@ Australia | {A} opposition leader; leader of the Australian opposition
Peter Dutton | 2022-05-30 | 2025-05-13
@ Australia | {A} ambassador to the United States; {A} ambassador to Washington
Kevin Rudd | 2023-03-01 |
@ New Zealand | PMX; LEADER
Helen Clark | 1999-12-05 | 2008-11-19
John Key | 2008-11-19 | 2016-12-12
Bill English | 2016-12-12 | 2017-10-26
Jacinda Ardern | 2017-10-26 | 2023-01-25
Chris Hipkins | 2023-01-25 | 2023-11-27
Christopher Luxon | 2023-11-27 |
@ New Zealand | FM
Winston Peters | 2017-10-26 | 2020-11-06
Winston Peters | 2023-11-27 |
# ===================== International organisations
@ - | UN secretary-general; U.N. secretary-general; UN secretary general; U.N. secretary general; United Nations secretary-general; United Nations secretary general; secretary-general of the United Nations; secretary general of the United Nations; UN chief; U.N. chief; UN boss; UN head; head of the United Nations; UN Secretary-General; UNSG
Javier Pérez de Cuéllar | 1982-01-01 | 1991-12-31
Boutros Boutros-Ghali | 1992-01-01 | 1996-12-31
Kofi Annan | 1997-01-01 | 2006-12-31
Ban Ki-moon | 2007-01-01 | 2016-12-31
António Guterres | 2017-01-01 |
@ - | NATO secretary-general; NATO secretary general; Nato secretary-general; Nato secretary general; secretary-general of NATO; secretary general of NATO; NATO chief; Nato chief; NATO head; Nato head; NATO boss; Nato boss; head of NATO; NATO's top civilian
Manfred Wörner | 1988-07-01 | 1994-08-13
Willy Claes | 1994-10-17 | 1995-10-20
Javier Solana | 1995-12-05 | 1999-10-06
George Robertson | 1999-10-14 | 2003-12-17
Jaap de Hoop Scheffer | 2004-01-01 | 2009-07-31
Anders Fogh Rasmussen | 2009-08-01 | 2014-09-30
Jens Stoltenberg | 2014-10-01 | 2024-10-01
Mark Rutte | 2024-10-01 |
@ - | European Commission president; president of the European Commission; Commission president; EU Commission president; European Commission chief; EU Commission chief; Commission chief; head of the European Commission; EU executive chief; EU executive head; Commission head; EU commission president
Jacques Delors | 1985-01-07 | 1995-01-24
Jacques Santer | 1995-01-24 | 1999-03-15
Romano Prodi | 1999-09-16 | 2004-11-22
José Manuel Barroso | 2004-11-22 | 2014-10-31
Jean-Claude Juncker | 2014-11-01 | 2019-11-30
Ursula von der Leyen | 2019-12-01 |
@ - | European Council president; president of the European Council; EU Council president; European Council chief; EU summit chairman; EU summit chair; president of the EU Council
Herman Van Rompuy | 2009-12-01 | 2014-11-30
Donald Tusk | 2014-12-01 | 2019-11-30
Charles Michel | 2019-12-01 | 2024-11-30
António Costa | 2024-12-01 |
@ - | EU foreign policy chief; EU foreign affairs chief; EU high representative; EU High Representative for Foreign Affairs; High Representative of the Union for Foreign Affairs and Security Policy; EU top diplomat; EU's top diplomat; European Union foreign policy chief; EU foreign policy head; EU foreign minister; top EU diplomat; EU diplomatic chief
Javier Solana | 1999-10-18 | 2009-11-30
Catherine Ashton | 2009-12-01 | 2014-10-31
Federica Mogherini | 2014-11-01 | 2019-11-30
Josep Borrell | 2019-12-01 | 2024-11-30
Kaja Kallas | 2024-12-01 |
@ - | European Parliament president; president of the European Parliament; EU Parliament president; European Parliament chief
Martin Schulz | 2012-01-17 | 2017-01-17
Antonio Tajani | 2017-01-17 | 2019-07-03
David Sassoli | 2019-07-03 | 2022-01-11
Roberta Metsola | 2022-01-18 |
@ - | EU Brexit negotiator; EU chief Brexit negotiator; EU's chief Brexit negotiator; EU's Brexit negotiator; chief EU negotiator
Michel Barnier | 2016-10-01 | 2021-03-31
@ - | ECB president; ECB chief; ECB head; European Central Bank president; president of the European Central Bank; head of the European Central Bank; ECB boss
Wim Duisenberg | 1998-06-01 | 2003-10-31
Jean-Claude Trichet | 2003-11-01 | 2011-10-31
Mario Draghi | 2011-11-01 | 2019-10-31
Christine Lagarde | 2019-11-01 |
@ - | IMF chief; IMF head; IMF managing director; managing director of the IMF; IMF boss; head of the IMF; International Monetary Fund chief; International Monetary Fund managing director
Michel Camdessus | 1987-01-16 | 2000-02-14
Horst Köhler | 2000-05-01 | 2004-03-04
Rodrigo Rato | 2004-06-07 | 2007-10-31
Dominique Strauss-Kahn | 2007-11-01 | 2011-05-18
Christine Lagarde | 2011-07-05 | 2019-09-12
Kristalina Georgieva | 2019-10-01 |
@ - | World Bank president; World Bank chief; World Bank head; president of the World Bank; head of the World Bank; World Bank boss
James Wolfensohn | 1995-06-01 | 2005-05-31
Paul Wolfowitz | 2005-06-01 | 2007-06-30
Robert Zoellick | 2007-07-01 | 2012-06-30
Jim Yong Kim | 2012-07-01 | 2019-01-31
David Malpass | 2019-04-09 | 2023-06-01
Ajay Banga | 2023-06-02 |
@ - | WTO chief; WTO head; WTO director-general; WTO director general; director-general of the WTO; head of the WTO; WTO boss
Supachai Panitchpakdi | 2002-09-01 | 2005-08-31
Pascal Lamy | 2005-09-01 | 2013-08-31
Roberto Azevêdo | 2013-09-01 | 2020-08-31
Ngozi Okonjo-Iweala | 2021-03-01 |
@ - | IAEA chief; IAEA head; IAEA director general; IAEA director-general; director general of the IAEA; head of the IAEA; UN nuclear watchdog chief; UN nuclear chief; U.N. nuclear watchdog chief; IAEA boss
Mohamed ElBaradei | 1997-12-01 | 2009-11-30
Yukiya Amano | 2009-12-01 | 2019-07-18
Rafael Grossi | 2019-12-03 |
@ - | WHO chief; WHO head; WHO director-general; WHO director general; director-general of the WHO; director-general of the World Health Organization; head of the WHO; World Health Organization chief; World Health Organization head; WHO boss
Gro Harlem Brundtland | 1998-07-21 | 2003-07-21
Lee Jong-wook | 2003-07-21 | 2006-05-22
Margaret Chan | 2007-01-04 | 2017-06-30
Tedros Adhanom Ghebreyesus | 2017-07-01 |
@ - | UN refugee chief; UN refugee agency chief; UNHCR chief; UN high commissioner for refugees; United Nations high commissioner for refugees; head of UNHCR; UNHCR head
Sadako Ogata | 1991-02-18 | 2000-12-31
Ruud Lubbers | 2001-01-01 | 2005-02-20
António Guterres | 2005-06-15 | 2015-12-31
Filippo Grandi | 2016-01-01 | 2025-12-31
@ - | UN human rights chief; UN human rights commissioner; UN high commissioner for human rights; United Nations high commissioner for human rights; U.N. human rights chief; UN rights chief; U.N. rights chief; UN human rights head
Navi Pillay | 2008-09-01 | 2014-08-31
Zeid Ra'ad Al Hussein | 2014-09-01 | 2018-08-31
Michelle Bachelet | 2018-09-01 | 2022-08-31
Volker Türk | 2022-10-17 |
@ - | OPEC secretary-general; OPEC secretary general; OPEC chief; OPEC head; head of OPEC
Mohammad Barkindo | 2016-08-01 | 2022-07-05
Haitham al-Ghais | 2022-08-01 |
@ - | Arab League secretary-general; Arab League secretary general; Arab League chief; Arab League head; head of the Arab League; secretary-general of the Arab League
Amr Moussa | 2001-05-15 | 2011-06-30
Nabil Elaraby | 2011-07-01 | 2016-07-01
Ahmed Aboul Gheit | 2016-07-01 |
@ - | African Union Commission chairperson; AU Commission chairperson; AU Commission chair; African Union Commission chairman; AU Commission chairman; AU chief; African Union chief; chairperson of the African Union Commission; head of the African Union Commission; AU Commission head
Nkosazana Dlamini-Zuma | 2012-10-15 | 2017-03-14
Moussa Faki Mahamat | 2017-03-14 | 2025-02-15
Mahmoud Ali Youssouf | 2025-02-15 |
@ - | UN Syria envoy; UN envoy for Syria; UN special envoy for Syria; U.N. Syria envoy; UN special envoy to Syria
Kofi Annan | 2012-02-23 | 2012-08-17
Lakhdar Brahimi | 2012-08-17 | 2014-05-31
Staffan de Mistura | 2014-07-10 | 2018-12-31
@ - | ICC prosecutor; ICC chief prosecutor; International Criminal Court prosecutor; chief prosecutor of the International Criminal Court; ICC's chief prosecutor
Fatou Bensouda | 2012-06-15 | 2021-06-15
Karim Khan | 2021-06-16 |
@ - | African Development Bank president; AfDB president; AfDB chief
Akinwumi Adesina | 2015-09-01 | 2025-08-31
@ - | Tibetan spiritual leader; exiled Tibetan spiritual leader; Tibetan Buddhist leader; spiritual leader of Tibet
Dalai Lama | 1940-02-22 |
@ - | Russian Orthodox patriarch; Moscow patriarch
Patriarch Kirill | 2009-02-01 |
@ - | Gazprom chief; Gazprom CEO; Gazprom boss; head of Gazprom; Gazprom chief executive
Alexei Miller | 2001-05-30 |
@ - | Rosneft chief; Rosneft CEO; Rosneft boss; head of Rosneft
Igor Sechin | 2012-05-23 |
@ - | Huawei founder; founder of Huawei; Huawei chief executive; Huawei CEO
Ren Zhengfei | 1987-09-15 |
@ - | Huawei finance chief; Huawei CFO; Huawei chief financial officer; Huawei's chief financial officer; Huawei deputy chair; Huawei rotating chair
Meng Wanzhou | 2011-04-01 |
@ - | Tesla chief; Tesla CEO; Tesla boss; SpaceX chief; SpaceX CEO; SpaceX founder; Tesla chief executive; DOGE chief; DOGE head; head of DOGE
Elon Musk | 2008-10-01 |
@ - | WikiLeaks founder; WikiLeaks publisher; founder of WikiLeaks; WikiLeaks chief
Julian Assange | 2006-10-04 |
@ - | NSA whistleblower; former NSA contractor; US whistleblower
Edward Snowden | 2013-06-06 |
@ - | Facebook founder; Facebook chief; Facebook CEO; Meta chief executive; Meta CEO; Meta chief
Mark Zuckerberg | 2004-02-04 |
@ - | Alibaba founder; founder of Alibaba; Alibaba co-founder
Jack Ma | 1999-04-04 |
@ - | jailed Kremlin critic; Russia's most prominent opposition figure
Alexei Navalny | 2011-12-10 | 2024-02-16
@ - | dissident Saudi journalist; Saudi dissident journalist
Jamal Khashoggi | 2017-09-01 |
@ - | Swedish climate activist; teenage climate activist
Greta Thunberg | 2018-08-20 |
"""


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
HEADER = """\
# Actor gazetteer: the words a text uses for a person, a country or an organisation,
# mapped to one canonical actor. Generated by scripts/actors_gazetteer.py (edit the tables
# there); UTF-8, tab-separated, lines starting with # are comments.
#
# Columns: variant<TAB>actor<TAB>kind[<TAB>valid]
#   variant  the words as a text writes them, no leading "the", no possessive 's; plain-ASCII
#            spellings of diacritic forms are separate rows (Erdoğan, Erdogan).
#   actor    the canonical name (shared convention): persons by their usual full name
#            without titles (Vladimir Putin, Recep Tayyip Erdoğan, Xi Jinping); countries by
#            their short English name (United States, United Kingdom, Russia, North Korea,
#            Turkey, Palestine, Vatican); organisations by their usual name or the acronym news
#            prefers (NATO, United Nations, European Union, IAEA, Hamas, G20).
#   kind     person | country | capital | organisation | role
#            person, country, capital, organisation: matched case-sensitively as written.
#            country covers names, adjectives, plural demonyms, and seats/bodies that always
#            stand for the state (Kremlin, White House, Pentagon, Knesset, IRGC).
#            capital: a city or seat that stands for the government only as the subject of an
#            action ("Moscow warned"); the matcher drops it after a place preposition.
#            role: a phrase that stands for one person, matched case-insensitively; one row
#            per holder with valid = YYYY-MM-DD..YYYY-MM-DD (either side may be empty).
#            Role phrases are written with the possessive already stripped ("Kremlin most
#            prominent critic" for "the Kremlin's most prominent critic"); articles inside a
#            phrase are kept as texts write them ("president of the United States").
#            An 's that belongs to a name (People's Republic of China, UN Children's Fund) is
#            kept; a matcher that strips 's from the text should strip it from variants too.
#   valid    only for roles; the ends are the hand-over days, so a hand-over day can match
#            both holders (the later row should win when a matcher must pick one).
#
# The longest match wins: "Russian President Vladimir Putin" is Vladimir Putin alone (the
# title's nationality is part of the person's mention), "Israel Katz" is the person, not
# Israel, "Costa Rica" is the country, not António Costa.
"""


def norm_apos(s):
    return s.replace("’", "'").replace("‘", "'")


def strip_possessive(s):
    return re.sub(r"\b(?!People's)(\w+)'s\b", r"\1", s)


class Rows:
    def __init__(self):
        self.rows = OrderedDict()   # (variant, actor, kind, valid) -> None
        self.notes = []

    def add(self, variant, actor, kind, valid=""):
        variant = norm_apos(variant.strip())
        if not variant:
            return
        if variant.lower().startswith("the ") and kind != "role":
            variant = variant[4:]
        for v in {variant, fold(variant)}:
            if v != variant and v in NO_FOLD:
                continue
            self.rows[(v, actor, kind, valid)] = None


def parse_countries():
    countries = OrderedDict()
    for line in COUNTRIES.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        parts += [""] * (6 - len(parts))
        canon, names, adjs, dems, bodies, caps = parts[:6]
        countries[canon] = dict(names=split(names), adjs=split(adjs), dems=split(dems),
                                bodies=split(bodies), caps=split(caps))
    return countries


def derive_surname(name, family_first):
    toks = name.split()
    if family_first:
        return [toks[0]] if len(toks) > 1 else []
    while toks and re.fullmatch(r"(Jr\.?|Sr\.?|I{1,3}|IV|V|VI)", toks[-1]):
        toks = toks[:-1]
    if len(toks) < 2:
        return []
    last = toks[-1]
    m = re.match(r"(al|el)-(.+)", last)
    if m:
        return [last, m.group(2)]
    return [last]


def parse_persons():
    persons = OrderedDict()          # canonical -> list of (variant, claimed)
    family_first = False
    blocked = []
    for raw in PERSONS.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#!"):
            family_first = "family-first" in line
            continue
        if line.startswith("#"):
            continue
        if "::" in line:
            canon, rest = [x.strip() for x in line.split("::", 1)]
            items = split(rest)
            auto = "+" in items
            items = [i for i in items if i != "+"]
        else:
            canon, items, auto = line, [], True
        vs = persons.setdefault(canon, [])
        vs.append((canon, True))
        for it in items:
            claimed = it.startswith("!")
            vs.append((it.lstrip("!"), claimed))
        if auto:
            for sname in derive_surname(canon, family_first):
                if sname in BLOCK_SURNAME or fold(sname) in BLOCK_SURNAME:
                    blocked.append((sname, canon))
                else:
                    vs.append((sname, False))
    return persons, blocked


def parse_orgs():
    orgs = OrderedDict()
    for raw in ORGS.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        canon, rest = ([x.strip() for x in line.split("::", 1)] + [""])[:2]
        own = not canon.startswith("~")
        canon = canon.lstrip("~")
        vs = orgs.setdefault(canon, [])
        if own:
            vs.append(canon)
        vs.extend(split(rest))
    return orgs


DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def expand_templates(spec, country, countries):
    out = []
    for item in split(spec):
        out.extend(MACROS.get(item, [item]))
    if country == "-":
        return out
    c = countries[country]
    adjs = [a for a in c["adjs"] if a not in ROLE_SKIP]
    names_the = [n for n in c["names"] if n not in ROLE_SKIP and n.replace("the ", "", 1) not in ROLE_SKIP
                 and (n.startswith("the ") or len(n.split()) <= 2)]
    short = [n for n in names_the if len(n.replace("the ", "", 1).split()) <= 2]
    phrases = []
    for t in out:
        if "{A}" in t:
            phrases += [t.replace("{A}", a) for a in adjs]
        elif "{N}" in t:
            phrases += [t.replace("{N}", n.replace("the ", "", 1) if n.startswith("the ") else n) for n in short]
        elif "{TN}" in t:
            phrases += [t.replace("{TN}", n if n.startswith("the ") or not re.fullmatch(r"[A-Z.]{2,}", n)
                                  else "the " + n) for n in names_the]
        else:
            phrases.append(t)
    return phrases


def parse_offices(countries, person_names, errors):
    roles = []   # (phrase, holder, valid)
    cur = None
    for n, raw in enumerate(OFFICES.strip().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            country, spec = [x.strip() for x in line[1:].split("|", 1)]
            if country != "-" and country not in countries:
                errors.append(f"office line {n}: unknown country {country}")
                cur = []
                continue
            cur = expand_templates(spec, country, countries)
            continue
        holder, start, end = ([x.strip() for x in line.split("|")] + ["", ""])[:3]
        if holder not in person_names:
            errors.append(f"office line {n}: holder {holder!r} is not a listed person")
        for d in (start, end):
            if d and not DATE.match(d):
                errors.append(f"office line {n}: bad date {d!r}")
        if start and end and start > end:
            errors.append(f"office line {n}: {start} after {end}")
        valid = f"{start}..{end}"
        for ph in cur:
            roles.append((strip_possessive(norm_apos(ph)), holder, valid))
    return roles


def overlaps(a, b):
    a0, a1 = a.split("..")
    b0, b1 = b.split("..")
    a0, b0 = a0 or "0000", b0 or "0000"
    a1, b1 = a1 or "9999", b1 or "9999"
    return a0 < b1 and b0 < a1


def build():
    errors, notes = [], []
    countries = parse_countries()
    persons, blocked = parse_persons()
    orgs = parse_orgs()
    rows = Rows()

    # --- countries and capitals
    fixed = {}   # variant -> (actor, kind) for non-person kinds
    for canon, c in countries.items():
        for v in c["names"] + c["adjs"] + c["dems"] + c["bodies"]:
            rows.add(v, canon, "country")
        for v in c["caps"]:
            rows.add(v, canon, "capital")
    for v, actor in EXTRA_CAPITALS:
        rows.add(v, actor, "capital")
    for canon, vs in orgs.items():
        for v in vs:
            rows.add(v, canon, "organisation")
    for (v, a, k, _) in list(rows.rows):
        prev = fixed.get(v)
        if prev and prev[0] != a:
            errors.append(f"variant {v!r} maps to {prev[0]} ({prev[1]}) and {a} ({k})")
        fixed[v] = (a, k)

    # --- persons: resolve shared variants
    owners = defaultdict(set)
    claims = defaultdict(set)
    for canon, vs in persons.items():
        for v, claimed in vs:
            for vv in {norm_apos(v), fold(norm_apos(v))}:
                owners[vv].add(canon)
                if claimed:
                    claims[vv].add(canon)
    dropped = []
    for canon, vs in persons.items():
        for v, claimed in vs:
            for vv in {norm_apos(v), fold(norm_apos(v))}:
                if vv != norm_apos(v) and vv in NO_FOLD:
                    continue
                if vv in fixed and vv != canon:
                    notes.append(f"person variant {vv!r} ({canon}) left out: it is {fixed[vv][0]} ({fixed[vv][1]})")
                    continue
                own = owners[vv]
                if len(own) > 1:
                    if vv == canon or canon in claims[vv]:
                        if len(claims[vv] - {canon}) and vv != canon:
                            errors.append(f"{vv!r} claimed by several: {sorted(claims[vv])}")
                    else:
                        if not claims[vv]:
                            dropped.append((vv, tuple(sorted(own))))
                        continue
                rows.rows[(vv, canon, "person", "")] = None

    # --- roles
    roles = parse_offices(countries, set(persons), errors)
    seen = {}
    by_phrase = defaultdict(list)
    def role_key(ph):
        # the matcher lower-cases roles and splits words at hyphens and dashes
        return " ".join(re.sub(r"[-–—]", " ", fold(ph).lower()).split())

    for ph, holder, valid in roles:
        key = (role_key(ph), holder, valid)
        if key in seen:
            continue
        seen[key] = ph
        by_phrase[role_key(ph)].append((holder, valid, ph))
    for lph, lst in by_phrase.items():
        for i in range(len(lst)):
            for j in range(i + 1, len(lst)):
                (h1, v1, _), (h2, v2, _) = lst[i], lst[j]
                if h1 != h2 and overlaps(v1, v2):
                    # touching hand-over days are fine, real overlaps are not
                    a1 = v1.split("..")[1]
                    b0 = v2.split("..")[0]
                    a0 = v1.split("..")[0]
                    b1 = v2.split("..")[1]
                    if not (a1 == b0 or b1 == a0):
                        errors.append(f"role {lph!r}: {h1} {v1} overlaps {h2} {v2}")
        for holder, valid, ph in lst:
            rows.rows[(ph, holder, "role", valid)] = None
            f = fold(ph)
            if f.lower() != ph.lower():
                rows.rows[(f, holder, "role", valid)] = None
    return rows, errors, notes, sorted(set(dropped)), blocked


MISFIRES = """\
# Misfire decisions (matching is case-sensitive except for roles):
#  - Chad, Jordan, Georgia, Turkey, Niger, Guinea, Israel, India, Kenya are kept as countries
#    although they are also first names, a US state (Georgia), a bird (turkey, lower-case) or
#    part of a longer place name (Niger Delta); news about the states dominates.
#  - America/American map to the United States; "Latin/South/North/Central America(n)" are
#    regions the matcher must not read as the United States (no row can say so here).
#  - Ireland/Irish: "Northern Ireland" and "Northern Irish" are the UK region, not Ireland;
#    likewise "New Mexico", "Papua New Guinea" (listed), "Northern Cyprus" (not listed).
#  - Korea and Koreans map to South Korea (the usual reading in news); the adjective
#    "Korean" alone is left out (Korean War, Korean Peninsula, Korean Air).
#  - Congo and Congolese map to DR Congo; the Republic of the Congo needs its full names.
#  - Macedonia/Macedonian map to North Macedonia (also a Greek region).
#  - Left out: Persia/Persian (Persian Gulf), Khmer (Khmer Rouge), Nippon (Nippon Steel),
#    Siam, Ceylon, Kiwi(s), "Commons" alone (Creative Commons), CAR, GB, "Royal Court",
#    "IS" for Islamic State, bare IRA (Inflation Reduction Act), "Labor" alone (Labor Day,
#    US Labor Department), "Renaissance", "Vox" and "Tisza" alone (party names that are
#    ordinary words), "Emirates" (the airline), "Store" (plain spelling of Støre).
#  - Congress maps to the United States (Indian National Congress, African National
#    Congress and National People's Congress are listed as longer variants);
#    "National Security Council" maps to the United States.
#  - All-caps headlines: acronyms such as US, WHO, AU, ICC also match capitalised words in
#    shouted headlines ("LET US", "WHO WON"); kept, a matcher may skip all-caps lines.
#  - Democrats/Democrat -> Democratic Party (US); Republicans/Republican -> Republican Party
#    (US); Conservatives/Tories -> Conservative Party (UK); Labour -> Labour Party (UK);
#    "Social Democrats" -> SPD; longer names of other countries' parties are listed.
#  - Wagner -> Wagner Group (the composer rarely appears in political news); RSF -> Rapid
#    Support Forces (not Reporters Without Borders); SDF -> Syrian Democratic Forces (Japan's
#    forces are "Self-Defense Forces"); Fed -> Federal Reserve.
#  - Capitals that are also common names or other places are left out (Sofia, Santiago,
#    Victoria, Kingston, Georgetown, Nassau, Sucre, San José, Male); The Hague and Amsterdam
#    are left out ("Hague" is William Hague; "The Hague" mostly means the courts); Tel Aviv
#    and Jerusalem both stand for Israel; Brussels stands for the European Union.
#  - Bylines and first names: Kerry (John Kerry), Moon (Moon Jae-in), Bolton, Santos and
#    Petro (Gustavo Petro) are kept although other people carry them as names.
#  - Holland -> Netherlands (also a surname); Commonwealth -> Commonwealth of Nations (also
#    US state titles); Quad -> the Quad grouping; Brotherhood alone is left out.
#  - Central banks (Fed, ECB, Bank of England, ...) are organisations, not the state.
#  - Media outlets are not listed (outlet names are not actors), except Al Jazeera, which
#    figures as an actor in the Gulf crisis.
#  - Persons: a bare surname shared by two listed people is left out unless one clearly
#    dominates the news (then it maps to that one); surnames that are ordinary words or
#    common first names are left out (May, Brown, Major, Hunt, Rice, Powell, Sharon, ...).
#    Title forms are kept where they disambiguate ("Mrs May", "Mr Brown").
"""


IGNORED = [
    "Latin America", "Latin American", "Latin Americans", "South America", "South American",
    "South Americans", "North America", "North American", "North Americans", "Central America",
    "Central American", "Central Americans", "Northern Ireland", "Northern Irish",
    "New Mexico", "New Mexican", "Northern Cyprus", "Gulf of Mexico", "South China Sea",
    "East China Sea", "Indian Ocean", "Irish Sea", "Turkish delight", "French fries",
    "Chinese New Year", "Jordan River", "Congo River",
]


def write():
    rows, errors, notes, dropped, blocked = build()
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    by_kind = defaultdict(list)
    for (v, a, k, valid) in rows.rows:
        by_kind[k].append((v, a, k, valid))
    lines = [HEADER, MISFIRES]
    shared = defaultdict(set)
    for v, own in dropped:
        shared[v].update(own)
    claimed_notes = [
        "Johnson -> Boris Johnson (Mike Johnson is listed by full name)",
        "Trump, Biden, Obama, Macron, Erdoğan, Netanyahu, Assad -> the leader, not the relatives listed",
        "Harris -> Kamala Harris (Simon Harris by full name)",
        "Herzog -> Isaac Herzog (Roman Herzog by full name)",
        "Sinwar -> Yahya Sinwar (Mohammed Sinwar by full name)",
        "Le Pen -> Marine Le Pen; Mitsotakis -> Kyriakos; Aliyev -> Ilham; Kabila -> Joseph;",
        "  Kenyatta -> Uhuru; Duterte -> Rodrigo; Bolsonaro -> Jair; Kadyrov -> Ramzan;",
        "  Patrushev -> Nikolai; Khamenei -> Ali; Koizumi -> Junichiro; Kono -> Taro; Lai -> Lai Ching-te;",
        "  Maliki -> Nouri al-Maliki; Zardari -> Asif Ali Zardari; Trudeau -> Justin; Skripal -> Sergei;",
        "  Gaddafi -> Muammar; Lieberman -> Avigdor; Klitschko -> Vitali; Santos -> Juan Manuel Santos;",
        "  Abbas -> Mahmoud Abbas; Sanders -> Bernie Sanders",
    ]
    lines.append("# Shared surnames mapped to the dominant person:")
    lines += ["#   " + c for c in claimed_notes]
    lines.append("# Shared surnames left out (listed people who share them):")
    for v in sorted(shared):
        lines.append(f"#   {v}: " + ", ".join(sorted(shared[v])))
    bl = defaultdict(list)
    for sname, canon in blocked:
        bl[sname].append(canon)
    lines.append("# Surnames left out as ordinary words, common names or other people's names:")
    chunk = []
    for sname in sorted(bl):
        chunk.append(f"{sname} ({'; '.join(bl[sname][:2])})")
    for i in range(0, len(chunk), 4):
        lines.append("#   " + ", ".join(chunk[i:i + 4]))
    for n in notes:
        lines.append("# " + n)
    lines.append("")
    titles = {"country": "Countries (names, adjectives, demonyms, seats and bodies)",
              "capital": "Capitals and seats (only as the subject of an action)",
              "organisation": "Organisations", "person": "Persons",
              "role": "Roles (case-insensitive, one row per holder)"}
    for k in ["country", "capital", "organisation", "person", "role"]:
        lines.append(f"# ===== {titles[k]}")
        for v, a, kk, valid in by_kind[k]:
            lines.append("\t".join([v, a, kk] + ([valid] if valid else [])))
        lines.append("")
    # Phrases that name no actor, so that a shorter variant inside them does not match
    # (the longest match wins): regions and places named after a country.
    lines.append("# ===== Phrases that name no actor (kind ignore; the actor column is -)")
    for v in IGNORED:
        lines.append("\t".join([v, "-", "ignore"]))
    lines.append("")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({sum(len(x) for x in by_kind.values())} rows)")


def check(path=OUT):
    kinds = {"person", "country", "capital", "organisation", "role", "ignore"}
    seen = set()
    problems = []
    counts = defaultdict(int)
    actors = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) not in (3, 4):
            problems.append(f"{n}: {len(cols)} columns")
            continue
        v, a, k = cols[:3]
        valid = cols[3] if len(cols) == 4 else ""
        if k not in kinds:
            problems.append(f"{n}: kind {k!r}")
        if (k == "role") != bool(valid):
            problems.append(f"{n}: valid column must be present exactly for roles")
        if valid:
            m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?", valid)
            if not m:
                problems.append(f"{n}: bad valid {valid!r}")
            else:
                import datetime
                for d in m.groups():
                    if d:
                        try:
                            datetime.date.fromisoformat(d)
                        except ValueError:
                            problems.append(f"{n}: bad date {d}")
                if m.group(1) and m.group(2) and m.group(1) > m.group(2):
                    problems.append(f"{n}: range reversed")
        if v != v.strip() or a != a.strip() or not v or not a:
            problems.append(f"{n}: empty or padded field")
        if v.lower().startswith("the "):
            problems.append(f"{n}: leading 'the' in {v!r}")
        if re.search(r"\w['’]s$", v):
            problems.append(f"{n}: possessive {v!r}")
        if "’" in v:
            problems.append(f"{n}: curly apostrophe in {v!r}")
        key = (v, a, k, valid)
        if key in seen:
            problems.append(f"{n}: duplicate {key}")
        seen.add(key)
        counts[k] += 1
        actors.add(a)
    for p in problems[:50]:
        print("PROBLEM:", p)
    print("rows:", sum(counts.values()), dict(sorted(counts.items())))
    print("distinct actors:", len(actors))
    return not problems


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    write()
    check()
