/**
 * English verbs whose past forms no suffix rule gives: a question asks "When did the talks begin?" or
 * "Who will lead the team?" and a report answers "began" and "led" (or the other way round: "When were
 * the talks held?" against "will hold"). The verbs of negotiation, trade and personnel news. Data only.
 */

/**
 * Base form → its irregular past and past participle forms (regular -s and -ing forms follow from the base). A verb
 * whose past is its base ("cut", "put", "set") needs no entry.
 */
export const EN_IRREGULAR_VERBS: Readonly<Record<string, readonly string[]>> = {
  arise: ["arose", "arisen"],
  become: ["became"],
  begin: ["began", "begun"],
  bring: ["brought"],
  build: ["built"],
  buy: ["bought"],
  choose: ["chose", "chosen"],
  come: ["came"],
  deal: ["dealt"],
  draw: ["drew", "drawn"],
  drive: ["drove", "driven"],
  fall: ["fell", "fallen"],
  fight: ["fought"],
  find: ["found"],
  fly: ["flew", "flown"],
  freeze: ["froze", "frozen"],
  go: ["went", "gone"],
  grow: ["grew", "grown"],
  hold: ["held"],
  keep: ["kept"],
  lead: ["led"],
  leave: ["left"],
  lend: ["lent"],
  lose: ["lost"],
  meet: ["met"],
  pay: ["paid"],
  rise: ["rose", "risen"],
  run: ["ran"],
  seek: ["sought"],
  sell: ["sold"],
  send: ["sent"],
  shrink: ["shrank", "shrunk"],
  speak: ["spoke", "spoken"],
  spend: ["spent"],
  spin: ["spun"],
  stand: ["stood"],
  strike: ["struck"],
  take: ["took", "taken"],
  tear: ["tore", "torn"],
  think: ["thought"],
  undertake: ["undertook", "undertaken"],
  weave: ["wove", "woven"],
  win: ["won"],
  withdraw: ["withdrew", "withdrawn"],
  write: ["wrote", "written"],
};
