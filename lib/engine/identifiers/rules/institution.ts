import { anyPhrase, matchAllWithIndices, spanOf } from '../regex-helpers';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

const KEYWORDS = [
  'Hospitals?', 'Infirmary', 'Medical Cent(?:re|er)', 'Health Centre', 'Medical Practice', 'Clinic', 'Hospice',
  'Health Board', 'NHS Foundation Trust', 'NHS Trust', 'District General', 'DGH', 'Surgery', 'Health Cent(?:re|er)',
];
/** Each keyword as written ("Hospital") or in capitals ("HOSPITAL"), as overlays print. */
const KEYWORD = anyPhrase([...KEYWORDS, ...KEYWORDS.map((k) => k.toUpperCase())]);
const CAP_WORD = String.raw`[A-Z][A-Za-z'’.\-]*`;
const CONNECTOR = '(?:and|&|of|on|upon|the)';

/** Up to five capitalised words (with "and", "of" … between) before a keyword, then "for …" or a trust suffix. */
const NAMED_PLACE = new RegExp(
  String.raw`(?:${CAP_WORD}[ \t]+(?:${CONNECTOR}[ \t]+)?){0,5}${KEYWORD}` +
    String.raw`(?:[ \t]+for[ \t]+(?:${CAP_WORD}[ \t]*){1,3})?(?:[ \t]+(?:NHS[ \t]+)?(?:Foundation[ \t]+)?Trust)?`,
);

const NOT_AFTER_ROYAL = '(?!College|Society|Mail|Navy|Air|Marines?|Family|Highness|Academy)';
const ROYAL = new RegExp(String.raw`\b(?:Royal|ROYAL)[ \t]+${NOT_AFTER_ROYAL}${CAP_WORD}(?:[ \t]+${CAP_WORD}){0,2}`);

/** NHS boards and trusts named after a place: NHS Lothian, NHS Greater Glasgow and Clyde. */
const NOT_AFTER_NHS = String.raw`(?!(?:No|Number|Num|Nbr|England|Scotland|Wales|Digital|Choices|App|Login|Net|Mail|Trust|Foundation|Direct)\b)`;
const NHS_PLACE = new RegExp(String.raw`\bNHS[ \t]+${NOT_AFTER_NHS}[A-Z][a-z]+(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,3}`);

/** A few well-known UK hospitals known by a stem alone. */
const KNOWN_STEMS = new RegExp(
  String.raw`\b${anyPhrase([
    "Addenbrooke['’]?s", "Guy['’]?s(?: and St Thomas['’]?)?", "St Thomas['’]", 'Great Ormond Street', 'Moorfields',
    'John Radcliffe', 'Papworth', 'Alder Hey', 'The Christie', 'Ninewells', 'Southmead', 'Derriford', 'Wythenshawe',
    'Aintree', 'Stoke Mandeville', 'Musgrove Park', 'Frimley Park', 'Queen Elizabeth', 'Barts',
  ])}\b`,
);

/** Capitalised words that start a sentence rather than a name ("Seen at …", "Today …"). */
const SENTENCE_WORDS = new Set('seen at in from today yesterday visit visited posted our my we i on this last'.split(' '));

/** Words that name a kind of service, not a particular place ("General Hospital", "Fracture Clinic"). */
const GENERIC_WORDS = new Set(
  (
    "the and & of on upon general district teaching university children's childrens community private " +
    'fracture pain eye skin outpatient outpatients antenatal diabetes memory sexual virtual local day main ' +
    'minor major plastic cosmetic dental oral vascular cardiac cardiothoracic colorectal orthopaedic orthopedic ' +
    'paediatric pediatric breast endocrine hand spinal neurosurgery keyhole robotic laser elective emergency ' +
    'bariatric upper lower gi after before post pre'
  ).split(' '),
);

const KEYWORD_START = /^(?:Hospitals?|Infirmary|Medical|Health|Clinic|Hospice|NHS|Surgery)$/i;

/**
 * Where the place name really starts, or `undefined` if nothing names a particular place: no specific
 * word before the keyword and no "for …" after it ("Hospital for Sick Children" names one).
 */
function placeNameStart(text: string, start: number, end: number): number | undefined {
  const words = [...text.slice(start, end).matchAll(/\S+/g)];
  const firstKept = words.findIndex((w) => !SENTENCE_WORDS.has(w[0].toLowerCase()));
  if (firstKept === -1) return undefined;
  const keywordAt = words.findIndex((w) => KEYWORD_START.test(w[0]));
  const lead = words.slice(firstKept, keywordAt === -1 ? words.length : keywordAt);
  const namesWhoFor = words.some((w) => w[0] === 'for');
  if (!namesWhoFor && lead.every((w) => GENERIC_WORDS.has(w[0].toLowerCase()))) return undefined;
  return start + (words[firstKept]?.index ?? 0);
}

/** Hospitals, infirmaries, trusts, health boards, clinics, medical centres and GP surgeries named after a place. */
export const institutionRule: IdentifierRule = {
  id: 'institution',
  scope: 'both',
  find({ letters: text }: RuleInput): RawMatch[] {
    // Read with OCR's digits-for-letters fixed ("H0SPITAL", "lnfirmary" stays: l is a letter).
    const named = matchAllWithIndices(NAMED_PLACE, text).flatMap((m): RawMatch[] => {
      const { start, end } = spanOf(m);
      const kept = placeNameStart(text, start, end);
      return kept === undefined ? [] : [{ type: 'institution', start: kept, end, anchor: kept, confidence: 0.75 }];
    });
    const others = [ROYAL, NHS_PLACE, KNOWN_STEMS].flatMap((pattern) =>
      matchAllWithIndices(pattern, text).map(
        (m): RawMatch => ({ type: 'institution', ...spanOf(m), anchor: m.index, confidence: 0.7 }),
      ),
    );
    return [...named, ...others];
  },
};
