/**
 * Well-known organisations as wire-service style names them: full name, short names, the
 * country they belong to (empty for international bodies) and the descriptors news copy
 * puts before the name ("militant group Hamas", "the Lebanese militant group Hezbollah").
 * One "Full Name|short,...|Country|descriptor,..." line each; "~Country" marks a state
 * institution whose name other countries use too ("Canada's House of Commons"), so its
 * nationality is not checked. A spinner renames words
 * of these ("Korean Central News Agency" → "Asian Central News Agency") or swaps a
 * descriptor for a near-synonym ("criminal organization Hamas").
 */
const ORGANIZATION_LINES = `Hamas|Hamas|Palestine|militant group,Islamist group,militant Islamist group,Islamist movement,militant movement,armed group,terrorist group,terror group,resistance movement
Palestinian Islamic Jihad|Islamic Jihad|Palestine|militant group,Islamist group,armed group
Fatah|Fatah|Palestine|political party,faction,movement,party
Palestinian Authority|PA|Palestine|government,administration
Hezbollah|Hezbollah,Hizbollah|Lebanon|militant group,Islamist group,armed group,Shiite group,Shia group,militia,political party,movement,terrorist group,terror group
Houthi movement|Houthis,Houthi,Ansar Allah|Yemen|rebels,rebel group,militia,movement,militant group
Taliban|Taliban|Afghanistan|militant group,Islamist group,movement,insurgents,government,administration,rulers
Islamic State|ISIS,ISIL,Daesh|Syria|militant group,jihadist group,extremist group,terrorist group,terror group
al-Qaeda|al-Qaeda,al Qaeda,Al-Qaida|Afghanistan|militant group,jihadist group,terrorist group,terror group,network,militant network
Boko Haram|Boko Haram|Nigeria|militant group,jihadist group,Islamist group,insurgents
al-Shabaab|al-Shabaab,Al-Shabab|Somalia|militant group,Islamist group,insurgents
Islamic Revolutionary Guard Corps|IRGC,Revolutionary Guards,Revolutionary Guard|~Iran|military force,force,paramilitary force,elite force
Korean Central News Agency|KCNA|North Korea|state news agency,news agency,state media,state-run news agency,official news agency
Xinhua News Agency|Xinhua|China|state news agency,news agency,official news agency,state media
Islamic Republic News Agency|IRNA|Iran|state news agency,news agency,official news agency
Tass|TASS|Russia|state news agency,news agency
RIA Novosti|RIA|Russia|state news agency,news agency
Yonhap News Agency|Yonhap|South Korea|news agency
Kyodo News|Kyodo|Japan|news agency
Associated Press|AP|United States|news agency,news service,wire service
Agence France-Presse|AFP|France|news agency,news service,wire service
Reuters|Reuters|United Kingdom|news agency,news service,wire service
Central Intelligence Agency|CIA|~United States|spy agency,intelligence agency
National Security Agency|NSA|~United States|spy agency,intelligence agency,signals intelligence agency
Federal Bureau of Investigation|FBI|~United States|law enforcement agency,agency,bureau
National Intelligence Service|NIS|~South Korea|spy agency,intelligence agency
Mossad|Mossad|Israel|spy agency,intelligence agency
Shin Bet|Shin Bet|Israel|security agency,security service,intelligence agency
Federal Security Service|FSB|~Russia|security service,spy agency,intelligence agency
Secret Intelligence Service|MI6|~United Kingdom|spy agency,intelligence agency,intelligence service
Security Service|MI5|~United Kingdom|security service,intelligence agency
Wagner Group|Wagner|Russia|mercenary group,private military company,mercenary force
North Atlantic Treaty Organization|NATO||military alliance,alliance,defense alliance,defence alliance
United Nations|UN,U.N.||world body,global body,organization
European Union|EU,E.U.||bloc,union,trade bloc
International Atomic Energy Agency|IAEA||nuclear watchdog,watchdog,atomic agency,agency
World Health Organization|WHO||health agency,agency,global health body
International Monetary Fund|IMF||lender,global lender,fund
World Bank|World Bank||lender,development lender,bank
World Trade Organization|WTO||trade body,global trade body,organization
Organization of the Petroleum Exporting Countries|OPEC||oil cartel,cartel,producer group,group
Association of Southeast Asian Nations|ASEAN||bloc,regional bloc,grouping
African Union|AU||bloc,regional body,union
International Criminal Court|ICC||court,tribunal,war crimes court
International Court of Justice|ICJ||court,world court,top court
Amnesty International|Amnesty||rights group,human rights group,watchdog
Human Rights Watch|HRW||rights group,human rights group,watchdog
Red Cross|ICRC||aid group,humanitarian group,aid agency
Doctors Without Borders|MSF||aid group,medical charity,charity,humanitarian group
Federal Reserve|Fed|~United States|central bank
European Central Bank|ECB||central bank
Bank of England|BoE|~United Kingdom|central bank
Bank of Japan|BOJ|~Japan|central bank
People's Bank of China|PBOC|~China|central bank
Pentagon|Pentagon|~United States|defense department,military,defense ministry
State Department|State Department|~United States|foreign ministry,diplomatic service
Kremlin|Kremlin|~Russia|presidency,government
Federal Trade Commission|FTC|~United States|regulator,antitrust regulator,consumer protection agency
Securities and Exchange Commission|SEC|~United States|regulator,markets regulator,securities regulator
Federal Communications Commission|FCC|~United States|regulator,telecoms regulator
Environmental Protection Agency|EPA|~United States|environmental regulator,agency
Food and Drug Administration|FDA|~United States|regulator,drug regulator,health regulator
Centers for Disease Control and Prevention|CDC|~United States|health agency,public health agency
National Institutes of Health|NIH|~United States|health agency,research agency
Department of Justice|DOJ,Justice Department|~United States|department,justice department
Department of Homeland Security|DHS|~United States|department
Internal Revenue Service|IRS|~United States|tax agency,tax authority
Federal Aviation Administration|FAA|~United States|aviation regulator,regulator
National Transportation Safety Board|NTSB|~United States|safety board,investigators
House of Representatives|House|~United States|lower house,chamber
New York Stock Exchange|NYSE|United States|exchange,stock exchange,bourse
National Health Service|NHS|~United Kingdom|health service
Crown Prosecution Service|CPS|~United Kingdom|prosecution service,prosecutors
House of Commons|Commons|~United Kingdom|lower house,chamber
House of Lords|Lords|~United Kingdom|upper house,chamber
Metropolitan Police Service|Met|~United Kingdom|police force
Office for National Statistics|ONS|~United Kingdom|statistics office,statistics agency
Department for Education|DfE|~United Kingdom|department,education department
General Assembly|UNGA||assembly,body
Security Council|UNSC||council,body
International Olympic Committee|IOC||committee,body
World Economic Forum|WEF||forum
European Commission|Commission||executive,bloc's executive
European Parliament|Parliament||parliament,assembly`;

export type Organization = {
  name: string;
  shortNames: string[];
  /** A name from countries.ts, or "" for international bodies. */
  country: string;
  /** Whether a different nationality before the name is a contradiction ("North Korean … Hamas"). */
  nationalityIsFixed: boolean;
  descriptors: string[];
};

const splitList = (field: string | undefined) => (field ?? "").split(",").map((s) => s.trim()).filter(Boolean);

/** Every organisation in the list, in list order. */
export const ORGANIZATIONS: readonly Organization[] = ORGANIZATION_LINES.split("\n").map((line) => {
  const fields = line.split("|");
  return {
    name: fields[0] ?? "",
    shortNames: splitList(fields[1]),
    country: (fields[2] ?? "").replace(/^~/, ""),
    nationalityIsFixed: !(fields[2] ?? "").startsWith("~") && (fields[2] ?? "") !== "",
    descriptors: splitList(fields[3]),
  };
});
