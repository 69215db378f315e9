/**
 * Common given names and surnames in the UK, for telling a bare "Mary JONES" or "SMITH JOHN" in an
 * overlay from device and settings text ("Colon BIOPSY", "Series CT"). Drawn from general knowledge of
 * the most frequent names in England, Wales and Scotland across generations and communities; it is a
 * signal for names with no label, never the only way a name is found.
 */

const FORENAMES = `
aaron abdul abigail adam adrian agnes ahmed aidan aileen aisha alan albert alec alex alexander alexandra alfie
alfred ali alice alison alistair amanda amber amelia amina amir amit amy andrea andrew angela anita ann anna
anne annie anthony anwar archie arthur arun ashley audrey ava barbara barry beatrice ben benjamin bernard beryl
beth bethany betty beverley bilal bill billy brenda brian bridget bruce callum cameron carl carol caroline
carolyn catherine charles charlie charlotte cheryl chloe chris christine christopher claire clare colin connor
craig daisy dale daniel danielle darren david dawn dean deborah debra denise dennis derek diana diane donald
doreen doris dorothy douglas dylan edith edward eileen elaine eleanor elizabeth ella ellie elsie emily emma eric
erin ethan evelyn evie fatima fiona florence frances francis frank freddie frederick freya gail gareth gary
gavin geoffrey george georgia gerald gillian gladys glenn gordon grace graham gwen hamza hannah harold harriet
harry harvey hassan hazel heather helen henry hilda holly hugh hussain ian imran irene isabel isabella isaac
isla ivy jack jacob jacqueline james jamie jane janet janice jasmine jason jean jeffrey jennifer jeremy jessica
jill joan joanne joe john jonathan joseph josephine joshua joyce judith julia julie june kamal karen kate
katherine kathleen kathryn katie kay keith kelly kenneth kerry kevin khalid kieran kim kirsty lauren laura
lee leo leon lesley leslie lewis lily linda lisa logan lorraine louis louise lucy luke lynn lynne maisie
malcolm mandy margaret maria marie marion mark martin mary mason matthew maureen max megan melanie michael
michelle mildred millie mohammed mohammad mohamed molly muhammad muriel nadia naomi natalie nathan neil nicholas
nicola nigel noah norma norman oliver olivia oscar owen pamela patricia patrick paul paula pauline peter
philip phillip phyllis poppy priya rachel rajesh ravi raymond rebecca reginald rhys richard rita robert robin
roger ronald rose rosemary ross ruby russell ruth ryan sally samantha samuel sandra sara sarah scott sean
shahid shane sharon sheila shirley sidney simon sophia sophie stanley stella stephanie stephen steven stuart
sunil susan suzanne sylvia tanya teresa theo theresa thomas timothy tina toby tom tony tracey tracy trevor
valerie vanessa vera victoria vincent violet wayne wendy william yasmin yvonne zainab zara zoe
`;

const SURNAMES = `
adams ahmed ali allen anderson armstrong atkinson bailey baker ball barker barnes bates begum bell
bennett berry bibi booth bradley brooks brown butler campbell carter chapman clark clarke cole collins cook
cooper cox davies davis dawson dixon edwards ellis evans fisher fleming fletcher ford foster fox francis fraser
gibson gill graham grant gray green griffiths hall hamilton harper harris harrison hart hill holmes
hughes hunt hussain jackson james jenkins johnson johnston jones kaur kelly kennedy khan king knight lane lee
lewis lloyd macdonald marshall martin mason matthews miller mills mitchell moore morgan morris murphy murray
owen palmer parker patel payne pearce perry phillips powell price rahman reid reynolds richards
richardson roberts robertson robinson rogers rose ross russell scott shah sharma shaw simpson singh smith
stevens stewart stone taylor thomas thompson thomson turner walker wallace ward watson webb wells white
wilkinson williams wilson wood woods wright young
`;

const toSet = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Lower-case common given names. */
export const COMMON_FORENAMES = toSet(FORENAMES);
/** Lower-case common surnames. */
export const COMMON_SURNAMES = toSet(SURNAMES);
