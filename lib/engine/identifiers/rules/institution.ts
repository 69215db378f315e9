import { matchAllWithIndices, spanOf } from '../regex-helpers';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

const KEYWORD = String.raw`(?:Hospitals?|HOSPITALS?|Infirmary|INFIRMARY|Medical[ \t]+Cent(?:re|er)|MEDICAL[ \t]+CENT(?:RE|ER)|Health[ \t]+Centre|HEALTH[ \t]+CENTRE|Medical[ \t]+Practice|Clinic|CLINIC|Hospice|HOSPICE|Health[ \t]+Board|HEALTH[ \t]+BOARD|NHS[ \t]+(?:Foundation[ \t]+)?Trust|NHS[ \t]+(?:FOUNDATION[ \t]+)?TRUST)`;
const CAP_WORD = String.raw`[A-Z][A-Za-z'’.\-]*`;
const CONNECTOR = String.raw`(?:and|&|of|on|upon|the)`;

/** Up to five capitalised words (with "and", "of" … between) before a keyword, and an optional trust suffix. */
const NAMED_PLACE = new RegExp(
  String.raw`(?:${CAP_WORD}[ \t]+(?:${CONNECTOR}[ \t]+)?){1,5}${KEYWORD}(?:[ \t]+for[ \t]+(?:${CAP_WORD}[ \t]*){1,3})?(?:[ \t]+(?:NHS[ \t]+)?(?:Foundation[ \t]+)?Trust)?`,
);

const ROYAL = new RegExp(
  String.raw`\b(?:Royal|ROYAL)[ \t]+(?!College|Society|Mail|Navy|Air|Marines?|Family|Highness|Academy)${CAP_WORD}(?:[ \t]+${CAP_WORD}){0,2}`,
);

/** NHS boards and trusts named after a place: NHS Lothian, NHS Greater Glasgow and Clyde. */
const NHS_PLACE = /\bNHS[ \t]+(?!No\b|Number|Num\b|Nbr|England|Scotland|Wales|Digital|Choices|App\b|Login|Net\b|Mail|Trust|Foundation|Direct|Number)(?<value>[A-Z][a-z]+(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,3})/;

/** A few well-known UK hospitals known by a stem alone. */
const KNOWN_STEMS = /\b(?:Addenbrooke['’]?s|Guy['’]?s(?:[ \t]+and[ \t]+St[ \t]+Thomas['’]?)?|St[ \t]+Thomas['’]|Great[ \t]+Ormond[ \t]+Street|Moorfields|John[ \t]+Radcliffe|Papworth|Alder[ \t]+Hey|The[ \t]+Christie|Ninewells|Southmead|Derriford|Wythenshawe|Aintree|Stoke[ \t]+Mandeville|Musgrove[ \t]+Park|Frimley[ \t]+Park|Queen[ \t]+Elizabeth|Barts)\b/;

/** Capitalised words that start a sentence rather than a name ("Seen at …", "Today …"). */
const SENTENCE_WORDS = new Set('seen at in from today yesterday visit visited posted our my we i on this last'.split(' '));

/** Words that name a kind of service, not a particular place ("General Hospital", "Fracture Clinic"). */
const GENERIC_WORDS = new Set(
  (
    "the and & of on upon general district teaching university children's childrens community private " +
    'fracture pain eye skin outpatient outpatients antenatal diabetes memory sexual virtual local day main'
  ).split(' '),
);

const KEYWORD_START = /^(?:Hospitals?|Infirmary|Medical|Health|Clinic|Hospice|NHS)$/i;

/** Where the place name really starts, or `undefined` if no word before the keyword is specific. */
function placeNameStart(text: string, start: number, end: number): number | undefined {
  const words = [...text.slice(start, end).matchAll(/\S+/g)];
  const keywordAt = words.findIndex((w) => KEYWORD_START.test(w[0]));
  const lead = words.slice(0, keywordAt === -1 ? words.length : keywordAt);
  const firstKept = lead.findIndex((w) => !SENTENCE_WORDS.has(w[0].toLowerCase()));
  const kept = firstKept === -1 ? [] : lead.slice(firstKept);
  if (kept.every((w) => GENERIC_WORDS.has(w[0].toLowerCase()))) return undefined;
  return start + (kept[0]?.index ?? 0);
}

/** Hospitals, trusts, health boards, clinics and medical centres. */
export const institutionRule: IdentifierRule = {
  id: 'institution',
  scope: 'both',
  find({ text }: RuleInput): RawMatch[] {
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
