/**
 * What the segmenter treats as boilerplate, as data: patterns of lines that are not
 * the body of a post. These are conventions of blogs, news sites and journals, not
 * knowledge of any particular text.
 */

/** Lines that close a post: comment links and share widgets. */
export const END_OF_POST_LINES: RegExp[] = [
  /^(leave a (comment|reply)|\d+ comments?|no comments|comments? (are )?closed)\.?$/i,
  /^(share|share this|like this|like|related|posted in|filed under|tagged|tags|categories|permalink|reblog|email|print|twitter|facebook|linkedin|whatsapp|reddit|telegram|pinterest|tumblr|pocket)\s*(:.*)?$/i,
  /^loading\.{0,3}$/i,
  // Pointers to the full piece elsewhere close a blog post's excerpt.
  // "For more, go to …", "For more information …", but not a paragraph opening "For more than a decade …".
  /^(for more(?=[,:]|\s+(information|details|info|news|updates|analysis|coverage|reading|stories|articles|posts|on|about|from|see|visit|go|read|click|please|of (our|my|this|these))\b)|read more|read the (full|rest)|continue reading|click here|download (it|the full)|the full (piece|article|paper|report) (is|can be))\b.{0,120}$/i,
];

/** Headings that open a block of end matter (notes, references, author bios). */
export const END_MATTER_HEADINGS = /^(notes?|endnotes|footnotes|references|bibliography|sources|works cited|further reading|additional information|notes on contributors?|about the authors?|disclosure statement|acknowledge?ments?)\s*:?$/i;

/** Archive page headers ("Archive for June, 2020", "Archive for the ‘X’ Category"). */
export const ARCHIVE_HEADER = /^(archive for|archives?:|posts? (tagged|in category)|category:)/i;

/** Photo captions and credit lines. */
export const CAPTION_PATTERNS: RegExp[] = [
  /©/,
  /\bcourtesy of\b/i,
  /^courtesy\s*:/i,
  /\bgetty images\b/i,
  /\(photo(graph)?( by|:| credit)/i,
  /\bphoto credit\b/i,
  /^(photo|photograph|image|picture|credit|source|caption)\s*:/i,
  /\bAFP PHOTO\b/,
  /\/\s*(flickr|reuters|afp|ap|epa|getty|alamy|shutterstock|wikimedia commons|xinhua|sputnik)\s*\)?\s*$/i,
  /\((reuters|afp|ap|epa|xinhua|getty)\s*\/[^)]*\)\.?\s*$/i,
  // Who stands where in a photo: "Vepa Hajiyev (left), …", "(from left) …", "(pictured)".
  /\((?:left|right|centre|center|middle|from left|from right|L|R|pictured)\)/,
];

/** A photo credit closing the line marks a caption whatever its length ("… Photo: Xinhua / Li Wei"). */
export const CREDIT_AT_END = /(\((photo|photograph|image)( by|:| credit)[^)]*\)|\bgetty images\)?|\bAFP PHOTO\b[^.]*|\b(photo|photograph|image|picture)s?\s*(:|by)\s*[^.:;]{2,80})\s*\.?\s*$/i;

/** A wire story's credit line: "(Reporting by … ; Editing by …)", "Writing by …". */
export const CREDIT_LINE = /^\(?\s*(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Tt]ranslated|[Rr]esearch|[Pp]roduction)\s+by\s+\p{Lu}/u;

/**
 * A reference-list entry (APA, Harvard, Chicago): "Pirani, S. (2019). Title.", "Smith, J. and Lee, K. 2020.",
 * "Cooley, Alexander. 2012. Great Games…". Judged with a year so a body sentence starting "Smith, J." is not one.
 */
export const REFERENCE_ENTRY = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s+(?:\p{Lu}\.\s*(?:\p{Lu}\.\s*)?|\p{Lu}[\p{L}'’-]+\.?\s+)(?:[^.]{0,120}?)\(?(?:19|20)\d{2}[a-z]?\)?[.,:]/u;

export const SCREENSHOT_LINE = /^screen ?shot\b/i;

/** A line that is only a link. */
export const URL_LINE = /^(<?\s*(https?:\/\/|www\.)\S+\s*>?|\[\d+\]:\s*\S+)\s*$/i;

/** One author's name in a byline: capitalised words, with lower-case particles inside ("Dirk van der Kley"). */
const AUTHOR = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:van|von|der|den|de|del|da|di|du|al|bin|el|la|le)\s+)*\p{Lu}[\p{L}.'’-]*){0,4}`;

/** "Author: Name", "By Name", "Name | October 8, 2020" */
export const BYLINE_PATTERNS: RegExp[] = [
  /^(?:[Aa]uthors?|[Bb]y|BY|AUTHORS?|[Ww]ritten by|[Ww]ords by|[Pp]osted by)\s*:?\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,4}(,.*)?$/u,
  /^\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){1,3}\s*\|\s*.+$/u,
  // "by Jane Doe / June 11, 2020 / Leave a comment" (blog post meta line)
  /^(?:[Bb]y|BY)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,4}\s*[/|·•]\s*.{0,80}$/u,
  // "By Jane Doe (01/07/2015 issue of the Analyst)": the name, then where or when it was published in brackets.
  new RegExp(`^(?:[Bb]y|BY)\\s+${AUTHOR}\\s*\\([^()]{1,80}\\)$`, 'u'),
  // Several authors: "By Jane Doe and Dirk van der Berg", "By A. Smith, B. Jones & C. Lee".
  new RegExp(`^(?:[Bb]y|BY)\\s+${AUTHOR}(?:(?:\\s*,\\s*|\\s+(?:and|&)\\s+|\\s*,\\s*and\\s+)${AUTHOR}){1,5}$`, 'u'),
];

/** A date inside a longer line (bylines): "June 11, 2020", "11 June 2020". */
export const DATE_IN_LINE = /\b(?:(\d{1,2})\s+(january|february|march|april|may|june|july|august|september|october|november|december),?\s+(\d{4})|(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2}),?\s+(\d{4}))\b/i;

/** Author bio sentences: "X is a Senior Fellow at ...", "The writer is ...". */
export const BIO_PATTERN = /^(the (writer|author)s?|[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+){0,3})\s+(is|are|was)\s+(a|an|the)?\s*([\p{L}-]+\s+){0,6}(?:co-|vice-)?(fellow|researcher|professor|lecturer|director|author|writer|editor|analyst|journalist|correspondent|scholar|associate|student|candidate|consultant|adviser|advisor|diplomat|ambassador|economist|historian|reporter|columnist|contributor)\b/iu;

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
export const MONTH_NUMBER: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** A line that is only a date: "29 May 2020", "May 29, 2020", "2020-05-29", "Europe: March 2022". */
export const DATE_LINE = new RegExp(
  `^(?:[\\p{L} ]{1,30}:\\s*)?(?:(\\d{1,2})\\s+(${MONTHS})\\.?,?\\s+(\\d{4})|(${MONTHS})\\.?\\s+(?:(\\d{1,2}),?\\s+)?(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?:[,|]\\s*.*)?$`,
  'iu',
);

/** "Archive for June, 2020" → a month for the document. */
export const MONTH_YEAR = new RegExp(`\\b(${MONTHS}),?\\s+(\\d{4})\\b`, 'i');

/**
 * A numbered note or reference entry: "12 “Title,” site.com, May 2, 2020.", "3. Name, ‘Title’, <https://…>".
 * A leading number alone is not enough (body text can start with a number), so the line
 * must also look like a citation: a quoted title, a link, or a date.
 */
export const NOTE_START = /^\s*\[?\d{1,3}[\].)]?(?:\s|(?=[“"‘'\p{Lu}]))/u;
export const CITATION_SIGNS = /(https?:\/\/|www\.|\.(com|org|net|gov|kz|uz|kg|tj|cn|ru|info|media|news)\b|[“"‘][^”"’]{3,}[”"’]|\b(19|20)\d{2}\b|\bibid\b|\bop\. cit\b|accessed)/i;

/**
 * A line cut after a function word ("… chairman and chief executive of", "… until December 26 the") stops mid-clause:
 * hard-wrapped prose, never a heading, whatever case the next line starts in (issue 12, recall on unseen text).
 */
export const ENDS_MID_CLAUSE = /\s(?:of|the|a|an|and|or|to|in|on|at|by|for|with|from|that|as|is|was|were|are|has|have|had|its|his|her|their|said|but|than|into|between|after|before|under)$/;
