/**
 * Signs that a text is something other than a clinical encounter, for the clinical-content gate (clinical-content.ts):
 * lines of code, data, logs or markup; lorem ipsum; and the vocabulary of the other things people talk and write
 * about — selling and service, software, office work, cooking, teaching, law, media, sport, property, cars, travel,
 * trades, money and events. A word here is no proof: a visit may mention an invoice or a password, and the gate
 * weighs these against the clinical words (clinical-cues.ts), distinct word against distinct word.
 */
import { caseless } from '../text/caseless-pattern.js';

/** JSON, code and markup: lines ending in brackets, braces, semicolons or commas after quoted keys. */
// Keywords count only in code's own syntax: "Let me have a look", "Return if it gets worse" and "Class 2 obesity" are talk.
export const CODE_LINE = caseless(/^\s*(?:[{}\]()]|\[\s*(?:$|["{[]|\d+\s*[,\]])|"[^"]*"\s*:|\/\/|\/\*|#include|import\s+(?:[\w{*][^.]*\bfrom\s|['"])|export\s+(?:default|const|let|var|function|class|interface|type)\b|(?:const|let|var)\s+[\w$]+\s*=|function\s*[\w$]*\s*\(|def\s+\w+\s*\(|class\s+\w+\s*[:{(]|return\b[^.!?]*;\s*$|if\s*\(|for\s*\(|<\/?(?!v[\s.>])[a-z][\w-]*[\s>])|[{;[(]\s*$|[}\]"],\s*$/);

/**
 * Lines of data rather than talk: a CSV row (commas with no space after them), a log line (a date-time and a level, an
 * IP address, a stack frame), a shell or Dockerfile command, an indented YAML key, a Markdown heading or code fence.
 * Written case-sensitively where talk could start the same way ("From what I'm finding…", "Run the tap…").
 */
const DATA_LINES: readonly RegExp[] = [
  /^[^,\n]{0,40}(?:,(?! )[^,\n]{0,40}){4,}$/,
  /^\s*\d{4}[-/]\d\d[-/]\d\dT?[\d:. ]{5,}\S*\s+(?:\[?\w+\]?\s+)?(?:INFO|WARN\w*|ERROR|DEBUG|TRACE|FATAL|info|warn|error|debug|\[)/,
  /^\s*\d{1,3}(?:\.\d{1,3}){3}\s/,
  /^\s*at\s+[\w$.]+\([\w.]+:\d+\)|^\s*at\s+[\w$./]+\s*\((?:Native Method|[^)]*:\d+:\d+)\)/,
  /^(?:FROM|RUN|COPY|CMD|ENV|EXPOSE|WORKDIR|USER|ENTRYPOINT|HEALTHCHECK|ARG|ADD|LABEL|VOLUME)\s/,
  /^\s*(?:sudo|npm|npx|pip|git|cd|mkdir|rsync|find|echo|ln|curl|docker|rm|ls|cp|mv|chmod|tar)\s.*(?:\s--?\w|\/|\$|&&|\|)/,
  /^\s*(?:export\s+)?[A-Z_][A-Z0-9_]*=\S/,
  /^\s*- (?:uses|run|name|with):|^ {2,}(?:- )?[a-z][a-z0-9_-]*:\s*(?:$|[["'${]|\S+\s*$)/,
  /^#{1,6} \S|^\s*```|^\s*[-*] `/,
];

/**
 * Lines of source code that CODE_LINE leaves to them: Python, Go, Rust, C# and Java declarations and blocks, SQL
 * clauses, assignments. Each needs code's own punctuation or keywords in code's own case, so "for example:",
 * "using crutches" and "Public health nurse visited" stay talk.
 */
const SOURCE_LINES: readonly RegExp[] = [
  /^\s*(?:def|fn|func|impl|struct|enum|trait|mod|pub|async def|lambda)\s+\w.*[:{(]/,
  /^\s*(?:if|elif|while|with)\s.*[=()[\]].*:\s*$|^\s*for\s+\w+(?:,\s*\w+)*\s+in\s+\S+:\s*$|^\s*(?:else|try|finally):\s*$|^\s*except\b.*:\s*$/,
  /^\s*(?:from\s+[\w.]+\s+import\s|import\s+[\w.]+(?:\s+as\s+\w+)?\s*$)|^\s*@\w+(?:\(.*\))?\s*$|^\s*(?:"""|#\[|#!\/)/,
  /^\s*(?:public|private|protected|internal)\s.*[({;=]|^\s*(?:namespace|package)\s+[\w.]+;?\s*$|^\s*using\s+[\w.]+;\s*$/,
  // An assignment, when its value is code ("HR = 88" and "BP = 120/80" are a clinician's shorthand).
  /^\s*(?:let\s+(?:mut\s+)?\w+|[\w.[\]"'$]+)\s*(?:[+\-*/%|&]?=(?!=))\s*(?:.*[([{"';]|.*[a-z_]\.[a-z_])|^\s*[\w, ]+\s*:=\s*\S/,
  /^\s*(?:SELECT|FROM|WHERE|JOIN|GROUP BY|ORDER BY|INSERT INTO|CREATE|UPDATE|DELETE FROM|ALTER TABLE)\b.*(?:[,(*=;]|\b\w+\.\w+)|^\s*--\s/,
  /^\s+(?:return|raise|yield)\b[^.!?]*$/,
];

/** True for a line of data, logs, commands, markup or source code (see DATA_LINES and SOURCE_LINES). */
export function isDataLine(line: string): boolean {
  return DATA_LINES.some((re) => re.test(line)) || SOURCE_LINES.some((re) => re.test(line));
}

const LOREM = caseless(String.raw`\b(?:lorem|ipsum|dolor|consectetur|adipiscing|eiusmod|tempor|incididunt|labore|dolore|aliqua|veniam|nostrud|ullamco|laboris|aliquip|commodo|consequat|reprehenderit|voluptate|cillum|fugiat|pariatur|excepteur|occaecat|cupidatat|proident|officia|deserunt|mollit|laborum)\b`, 'g');

/** True for placeholder Latin: lorem ipsum words make up a tenth or more of the words. */
export function isLoremIpsum(text: string, words: number): boolean {
  return words > 0 && (text.match(LOREM) ?? []).length >= Math.max(3, words / 10);
}

/** The vocabulary of other subjects. Each distinct match counts once. */
export const NON_CLINICAL_CUE = caseless(String.raw`\b(?:${[
  // selling, service desks and accounts
  'order (?:number|no)', 'refunds?', 'refunded', 'invoices?', 'receipts?', 'basket', 'checkout', 'deliver(?:ed)? within',
  'warranty', 'discount', 'prices?', 'pricing', '\\d+\\.\\d\\d (?:a|per) month', 'subscriptions?',
  'membership', 'joining fee', 'policy number', 'booking reference', 'no-?claims', 'courtesy car', 'returns? label', 'in stock',
  'sku', 'shipping', 'vouchers?', 'customers?', 'ticket', 'account number', 'sort code', 'payments?',
  // software and devices
  'servers?', 'serverless', 'databases?', 'software', 'firmware', 'the app', 'apps', 'passwords?', 'log ?in', 'vpn', 'browsers?',
  'websites?', 'download\\w*', 'install\\w*', 'version', 'sync\\w*', 'laptop', 'wi-?fi', 'router',
  'deploy\\w*', 'repository', 'api', 'dashboard', 'cloud', 'backups?', 'licen[cs]es', 'emulators?',
  'pull requests?', 'command[- ]line', 'dependencies', 'config\\w*', 'authentication', 'upgrade',
  // office and business
  'budget', 'revenue', 'forecast', 'q[1-4]', 'agenda', 'action points', 'roadmap', 'sprints?', 'stakeholders?', 'deadline',
  'proposals?', 'marketing', 'finance', 'board pack', 'kpis?', 'hiring', 'salary', 'interview',
  'suppliers?', 'trade show', 'launch', 'onboarding', 'share (?:my|the) screen',
  // cooking
  'ingredients', 'tbsp', 'tsp', 'oven', 'preheat', 'bak(?:e|ed|ing)', 'flour', 'simmer', 'whisk', 'serves \\d',
  'dough', 'roast(?:ed|ing)?', 'recipe', 'garnish', 'stir', 'chopped', 'loaf',
  'broth', 'celery', 'noodles', 'to taste', 'season with', 'cloves', 'bay lea(?:f|ves)', 'saucepan', 'frying pan', 'peeled',
  'diced', 'sliced', 'grated', 'sprinkle', 'skim', 'drizzle', 'tray', 'tin', 'fridge',
  // teaching
  'lectures?', 'essays?', 'chapters?', 'students', 'times tables', 'year \\d (?:class|pupils|teacher)', 'module', 'syllabus', 'seminar', 'maths', 'textbook',
  'problem set', 'coursework', 'school trip',
  // law
  'objection', 'clauses?', 'deposition', 'exhibit \\d+', 'witnesses', 'witness statement', 'plaintiff', 'defendant', 'for the record',
  'solicitor', 'lawsuit', 'liability', 'court', 'testimony',
  // media, words and music
  'podcast', 'listeners?', 'subscribe', 'verse', 'chorus', 'album', 'the show',
  'radio', 'song', 'the book', 'author',
  // sport
  'midfield', 'striker', 'goalies?', 'goalkeeper', 'penalt(?:y|ies)', 'drills', 'tactics', 'league', 'cup game',
  'half-?time', 'bibs', 'the match', 'fixtures',
  // property, cars, travel, trades
  'mortgage', 'buyers?', 'flights', '\\d bedrooms?', 'bedrooms', 'sellers?', 'viewing', 'estate agent', 'freehold', 'leasehold', 'garage', 'engine',
  'tyres?', 'brakes', 'mot', 'mileage', 'registration', 'gearbox', 'exhaust', 'airport', 'boarding', 'passport',
  'hotel', 'luggage', 'baggage', 'departure', 'boiler', 'radiators?', 'plumb\\w*', 'wiring', 'rewiring', 'fuse',
  // money, gardens, grooming and events
  'tax', 'turnover', 'hmrc', 'expenses', 'savings', 'interest rates?', 'inflation', 'bank rate', 'economy',
  'compost', 'greenhouse', 'weeds', 'slugs', 'conditioner', 'straighteners', 'haircut', 'groom(?:ing|ed)?',
  'wedding', 'marquee', 'caterer', 'seating plan', 'speeches', 'bride', 'venue', 'guests',
].join('|')})\b`, 'g');

/** A sum of money: a price, a fee, a bill. */
export const MONEY = /[\u00a3$\u20ac]\s?\d[\d,]*(?:\.\d\d)?/;
