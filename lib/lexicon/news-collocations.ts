/**
 * Two-word collocations that news English uses far more than any near-synonymous variant:
 * the "established" side of the odd-collocation check (a spinner writes "detective agency"
 * for "spy agency", "hands transfer" for "arms transfer"). Written from general knowledge
 * of wire-service style, by topic; heads are singular, matching lemmatizes the text.
 * Adverb + adjective pairs ("economically troubled") are listed the same way.
 */
const COLLOCATIONS = `
# security, military, conflict
spy agency, intelligence agency, intelligence service, intelligence official, intelligence chief,
security service, security agency, security force, security official, security council, security guarantee,
military cooperation, military alliance, military exercise, military drill, military aid, military official,
military operation, military action, military base, military leader, military parade, military pact,
military ties, military partnership, military assistance, military equipment, military hardware,
military spending, military budget, military intelligence, military court, military junta, military coup,
defense minister, defense ministry, defense official, defense cooperation, defense spending, defense budget,
defense pact, defense industry, defense contractor, defense system, defence minister, defence ministry,
arms sale, arms deal, arms trade, arms transfer, arms export, arms import, arms shipment, arms supply,
arms control, arms race, arms embargo, arms dealer, arms depot, arms dump, arms expert, arms industry,
arms manufacturer, arms cache, arms smuggling, arms trafficking, arms program, arms programme,
weapons program, weapons programme, weapons depot, weapons stockpile, weapons cache, weapons system,
weapons expert, weapons inspector, weapons test, weapons development, weapons shipment, weapons supply,
weapons factory, weapons deal, weapons delivery, ammunition depot, ammunition dump, ammunition shortage,
missile test, missile launch, missile program, missile technology, missile defense, missile strike, missile attack,
nuclear weapon, nuclear program, nuclear test, nuclear deal, nuclear talks, nuclear arsenal, nuclear facility,
nuclear site, nuclear plant, nuclear power, nuclear energy, nuclear threat, nuclear warhead,
ballistic missile, cruise missile, drone strike, drone attack, air strike, airstrike, air raid, air defense,
ground troops, ground offensive, ground forces, armed forces, armed group, armed conflict, armed men,
militant group, rebel group, rebel fighter, rebel force, terrorist group, terror group, terrorist attack,
terror attack, suicide bomber, suicide bombing, car bomb, roadside bomb, gunfire exchange,
peace talks, peace deal, peace agreement, peace process, peace plan, peace treaty, peace negotiations,
ceasefire agreement, ceasefire deal, truce talks, prisoner swap, prisoner exchange, death toll, casualty figure,
civil war, proxy war, war crime, war criminal, war zone, front line, frontline, battle line,
border crossing, border security, border guard, border dispute, border clash, border town,
naval exercise, naval base, naval vessel, warship, aircraft carrier, fighter jet, fighter plane,
satellite image, satellite imagery, satellite launch, spy satellite, reconnaissance satellite,
# diplomacy and government
foreign minister, foreign ministry, foreign policy, foreign affairs, foreign secretary, foreign office,
foreign aid, foreign investment, foreign exchange, foreign reserve, foreign trade,
prime minister, finance minister, interior minister, justice minister, health minister, trade minister,
economy minister, energy minister, education minister, economic minister, deputy minister,
state visit, official visit, diplomatic ties, diplomatic relations, diplomatic mission, diplomatic row,
diplomatic source, diplomatic effort, diplomatic solution, diplomatic pressure, high-level talks,
senior official, top official, government official, state official, local official, party official,
senior diplomat, top diplomat, chief negotiator, special envoy, peace envoy, trade envoy,
high-ranking official, high-level delegation, economic delegation, trade delegation, official delegation,
news agency, state media, state television, state broadcaster, state news agency, news conference,
press conference, press release, press secretary, press briefing, press freedom, official statement,
joint statement, one-line dispatch, brief statement, written statement, public record, public statement,
public opinion, public support, public sector, public health, public safety, public spending,
public service, public official, public inquiry, public hearing, public outcry, public interest,
human rights, rights group, rights activist, civil rights, civil society, civil servant, civil liberties,
supreme court, high court, appeals court, district court, federal court, court ruling, court case,
presidential election, general election, election campaign, election result, polling station, voter turnout,
ruling party, opposition party, opposition leader, party leader, political party, political crisis,
political prisoner, political analyst, political science, coalition government, interim government,
head of state, state department, executive order, trade deal, trade agreement, trade war, trade talks,
trade tension, trade partner, trade surplus, trade deficit, trade barrier, trade route, trade relations,
economic sanctions, international sanctions, economic cooperation, economic growth, economic crisis,
economic recovery, economic policy, economic reform, economic ties, economic aid, economic zone,
economic relations, economic downturn, economic slowdown, economic development, economic activity,
strategic partnership, strategic cooperation, bilateral ties, bilateral relations, bilateral trade,
bilateral talks, bilateral agreement, multilateral talks, summit meeting, key player, key role, key issue,
key figure, major role, leading role, central role, major power, world power, world leader, world war,
international community, international law, international relations, international sanctions,
# economy and business
central bank, interest rate, exchange rate, inflation rate, unemployment rate, growth rate, tax rate,
stock market, stock exchange, stock price, share price, bond market, bond yield, oil price, oil output,
oil production, oil export, oil field, oil company, oil supply, gas price, gas supply, energy price,
energy crisis, energy supply, energy security, power plant, power grid, power outage, supply chain,
labor market, labour market, job market, housing market, real estate, retail sale, consumer price,
consumer spending, consumer confidence, budget deficit, national debt, public debt, tax cut, tax increase,
tax revenue, fiscal policy, monetary policy, free trade, market share, market value, net profit,
annual report, quarterly earnings, chief executive, executive officer, board member, business leader,
small business, big business, private sector, state-owned company, state-run company, trading partner,
economically troubled, economically depressed, economically disadvantaged, economically viable,
economically active, economically developed, politically motivated, politically sensitive,
highly unlikely, highly likely, highly sensitive, highly classified, highly contagious, highly skilled,
deeply concerned, deeply divided, widely used, widely expected, widely reported, closely watched,
fully aware, largely unknown, relatively small, relatively new, increasingly concerned,
# society, science, weather
research professor, research center, research institute, research fellow, research team, research group,
research organization, senior fellow, visiting professor, associate professor, assistant professor,
university professor, law professor, political scientist, senior researcher, senior analyst,
school teacher, high school, primary school, secondary school, private school, public school,
climate change, global warming, greenhouse gas, carbon emission, fossil fuel, renewable energy,
natural disaster, heavy rain, heavy snow, strong wind, heat wave, tropical storm, flash flood,
health care, healthcare system, public health, mental health, medical care, hospital bed,
death penalty, prison sentence, jail term, life sentence, police officer, police station, police chief,
crime scene, criminal investigation, criminal charge, criminal case, criminal record, criminal gang,
organized crime, drug trafficking, drug cartel, money laundering, human trafficking,
social media, social network, news outlet, media outlet, news report, front page, breaking news,
# quantities and time
small number, large number, growing number, record number, total number, small amount, large amount,
vast majority, large part, small part, large scale, small scale, wide range, broad range, high level,
low level, record high, record low, all-time high, first time, last time, next year, last year,
first decade, first half, second half, early years, recent years, past decade, last decade, coming years,
first quarter, second quarter, third quarter, fourth quarter, past year, past week, last month, next month,
long time, short time, long term, short term, full year, fiscal year, calendar year
`;

/** Established two-word collocations ("modifier head", head singular), lower-case. */
export const NEWS_COLLOCATIONS: ReadonlySet<string> = new Set(
  COLLOCATIONS.split("\n")
    .filter((line) => !line.startsWith("#"))
    .join(",")
    .split(",")
    .map((entry) => entry.trim().toLowerCase().replace(/\s+/g, " "))
    .filter((entry) => entry.split(" ").length === 2),
);
