/**
 * Countries and territories as news text names them: name, nationality adjective(s),
 * capital and other short names. Used to tell which country a story is about and to
 * catch a nationality that a spinner swapped for another ("North Korean" → "North
 * Vietnamese"). One "Name|Adjective,...|Capital,...|alias,..." line each.
 */
const COUNTRY_LINES = `Afghanistan|Afghan|Kabul|
Albania|Albanian|Tirana|
Algeria|Algerian|Algiers|
Angola|Angolan|Luanda|
Argentina|Argentine,Argentinian|Buenos Aires|
Armenia|Armenian|Yerevan|
Australia|Australian|Canberra|
Austria|Austrian|Vienna|
Azerbaijan|Azerbaijani|Baku|
Bahrain|Bahraini|Manama|
Bangladesh|Bangladeshi|Dhaka|
Belarus|Belarusian|Minsk|
Belgium|Belgian|Brussels|
Bolivia|Bolivian|La Paz|
Bosnia|Bosnian|Sarajevo|
Brazil|Brazilian|Brasilia|
Bulgaria|Bulgarian|Sofia|
Burkina Faso|Burkinabe|Ouagadougou|
Cambodia|Cambodian|Phnom Penh|
Cameroon|Cameroonian|Yaounde|
Canada|Canadian|Ottawa|
Chad|Chadian|N'Djamena|
Chile|Chilean|Santiago|
China|Chinese|Beijing|PRC,People's Republic of China
Colombia|Colombian|Bogota|
Congo|Congolese|Kinshasa|DRC
Costa Rica|Costa Rican|San Jose|
Croatia|Croatian|Zagreb|
Cuba|Cuban|Havana|
Cyprus|Cypriot|Nicosia|
Czech Republic|Czech|Prague|Czechia
Denmark|Danish|Copenhagen|
Ecuador|Ecuadorian|Quito|
Egypt|Egyptian|Cairo|
El Salvador|Salvadoran|San Salvador|
Eritrea|Eritrean|Asmara|
Estonia|Estonian|Tallinn|
Ethiopia|Ethiopian|Addis Ababa|
Finland|Finnish|Helsinki|
France|French|Paris|
Georgia|Georgian|Tbilisi|
Germany|German|Berlin|
Ghana|Ghanaian|Accra|
Greece|Greek|Athens|
Guatemala|Guatemalan|Guatemala City|
Haiti|Haitian|Port-au-Prince|
Honduras|Honduran|Tegucigalpa|
Hungary|Hungarian|Budapest|
Iceland|Icelandic|Reykjavik|
India|Indian|New Delhi|
Indonesia|Indonesian|Jakarta|
Iran|Iranian|Tehran|Islamic Republic
Iraq|Iraqi|Baghdad|
Ireland|Irish|Dublin|
Israel|Israeli|Jerusalem|
Italy|Italian|Rome|
Ivory Coast|Ivorian|Abidjan|
Jamaica|Jamaican|Kingston|
Japan|Japanese|Tokyo|
Jordan|Jordanian|Amman|
Kazakhstan|Kazakh|Astana|
Kenya|Kenyan|Nairobi|
Kosovo|Kosovar|Pristina|
Kuwait|Kuwaiti|Kuwait City|
Kyrgyzstan|Kyrgyz|Bishkek|
Laos|Laotian|Vientiane|
Latvia|Latvian|Riga|
Lebanon|Lebanese|Beirut|
Libya|Libyan|Tripoli|
Lithuania|Lithuanian|Vilnius|
Malaysia|Malaysian|Kuala Lumpur|
Mali|Malian|Bamako|
Mexico|Mexican|Mexico City|
Moldova|Moldovan|Chisinau|
Mongolia|Mongolian|Ulaanbaatar|
Morocco|Moroccan|Rabat|
Mozambique|Mozambican|Maputo|
Myanmar|Myanmar,Burmese|Naypyitaw|Burma
Nepal|Nepali,Nepalese|Kathmandu|
Netherlands|Dutch|Amsterdam|Holland
New Zealand|New Zealand|Wellington|
Nicaragua|Nicaraguan|Managua|
Niger|Nigerien|Niamey|
Nigeria|Nigerian|Abuja|
North Korea|North Korean|Pyongyang|DPRK,N. Korea,N.Korea
North Macedonia|Macedonian|Skopje|
Norway|Norwegian|Oslo|
Oman|Omani|Muscat|
Pakistan|Pakistani|Islamabad|
Palestine|Palestinian|Ramallah|Gaza,West Bank
Panama|Panamanian|Panama City|
Paraguay|Paraguayan|Asuncion|
Peru|Peruvian|Lima|
Philippines|Philippine,Filipino|Manila|
Poland|Polish|Warsaw|
Portugal|Portuguese|Lisbon|
Qatar|Qatari|Doha|
Romania|Romanian|Bucharest|
Russia|Russian|Moscow|Kremlin
Rwanda|Rwandan|Kigali|
Saudi Arabia|Saudi|Riyadh|
Senegal|Senegalese|Dakar|
Serbia|Serbian|Belgrade|
Singapore|Singaporean|Singapore|
Slovakia|Slovak|Bratislava|
Slovenia|Slovenian|Ljubljana|
Somalia|Somali|Mogadishu|
South Africa|South African|Pretoria|
South Korea|South Korean|Seoul|ROK,S. Korea,S.Korea
South Sudan|South Sudanese|Juba|
Spain|Spanish|Madrid|
Sri Lanka|Sri Lankan|Colombo|
Sudan|Sudanese|Khartoum|
Sweden|Swedish|Stockholm|
Switzerland|Swiss|Bern|
Syria|Syrian|Damascus|
Taiwan|Taiwanese|Taipei|
Tajikistan|Tajik|Dushanbe|
Tanzania|Tanzanian|Dodoma|
Thailand|Thai|Bangkok|
Tunisia|Tunisian|Tunis|
Turkey|Turkish|Ankara|Turkiye
Turkmenistan|Turkmen|Ashgabat|
Uganda|Ugandan|Kampala|
Ukraine|Ukrainian|Kyiv,Kiev|
United Arab Emirates|Emirati|Abu Dhabi|UAE
United Kingdom|British|London|Britain,UK,U.K.,Great Britain
United States|American|Washington|US,U.S.,USA,U.S.A.,America
Uruguay|Uruguayan|Montevideo|
Uzbekistan|Uzbek|Tashkent|
Venezuela|Venezuelan|Caracas|
Vietnam|Vietnamese|Hanoi|Viet Nam
North Vietnam|North Vietnamese|Hanoi|
South Vietnam|South Vietnamese|Saigon|
East Germany|East German|East Berlin|
West Germany|West German|Bonn|
Yemen|Yemeni|Sanaa|
Zambia|Zambian|Lusaka|
Zimbabwe|Zimbabwean|Harare|`;

export type Country = {
  name: string;
  adjectives: string[];
  capitals: string[];
  aliases: string[];
};

const splitList = (field: string | undefined) => (field ?? "").split(",").map((s) => s.trim()).filter(Boolean);

/** Every country in the list, in list order. */
export const COUNTRIES: readonly Country[] = COUNTRY_LINES.split("\n").map((line) => {
  const [name = "", adjectives, capitals, aliases] = line.split("|");
  return { name, adjectives: splitList(adjectives), capitals: splitList(capitals), aliases: splitList(aliases) };
});
