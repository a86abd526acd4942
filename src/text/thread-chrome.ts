/**
 * What a patient portal's or messaging app's thread export writes around the messages, which nobody wrote to anyone:
 * - the fields of its title block ("Subject: …", "Participants: …", "Re: …", "Topic: …") and its breadcrumb
 *   ("Messages > Conversation with Ask a Pharmacist");
 * - the system's notices among the messages, a whole line in brackets or asterisks ("[Conversation marked as resolved
 *   by …]", "*** Thread closed by the practice ***", "(Message read 10:32)").
 * Read as speech, a subject line would be the first speaker's words and a notice the last writer's.
 */

const FIELD = /^\s*(?:subject|re|regarding|topic|thread|participants|members|recipients|between|conversation|category|case|ticket|reference|ref)\s*(?:no\.?|number|#)?\s*:\s*\S/i;
const BREADCRUMB = /^\s*[^.?!>]{1,40}(?:\s+(?:>|»|›|\/)\s+[^.?!>]{1,60}){1,4}\s*$/;
const NOTICE = /^\s*(?:\[|\(|\*{1,3}|-{2,}|={2,})\s*[^\]()*]{0,40}\b(?:conversation|thread|message|messages|chat|case|ticket|request|enquiry|inquiry)\b[^\]()*]{0,60}\b(?:marked|resolved|closed|archived|reopened|re-opened|assigned|transferred|ended|read|delivered|expired|locked)\b[^\]()*]{0,80}(?:\]|\)|\*{1,3}|-{2,}|={2,})\s*$/i;

/** A field or breadcrumb of a thread's title block. */
export function isThreadTitleField(line: string): boolean {
  return FIELD.test(line) || BREADCRUMB.test(line);
}

/** A system's notice written among the messages. */
export function isThreadNotice(line: string): boolean {
  return NOTICE.test(line);
}
