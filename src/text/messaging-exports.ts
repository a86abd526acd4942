/**
 * Conversations exported from messaging, patient-portal and telephony products whose layout does not write
 * `Name: words` on each line: each reader below knows some products' layouts and says undefined for any other text.
 * What they give is one utterance per line of a message's words, labelled with its sender, numbered by the file line.
 */
import { readChatExport, type ChatUtterance } from './chat-exports.js';
import { readDirectionCsv, readSmsBackupXml } from './message-backups.js';
import { readVoicemail } from './call-centre-exports.js';
import { readLiveChat } from './live-chat-exports.js';
import { readChatJson } from './chat-json-exports.js';
import { readIrcLog } from './irc-logs.js';
import { labelSharedDeviceVoices } from './shared-device-voices.js';
import { readTimedChatLines } from './timed-chat-lines.js';

export type { ChatUtterance } from './chat-exports.js';

/** The messages of a messaging export, or undefined for text laid out in no layout known here. */
export function readMessagingExport(transcript: string): ChatUtterance[] | undefined {
  const read = readChatJson(transcript) ?? readSmsBackupXml(transcript) ?? readDirectionCsv(transcript) ?? readVoicemail(transcript) ?? readIrcLog(transcript)
    ?? readLiveChat(transcript) ?? readChatExport(transcript) ?? readTimedChatLines(transcript);
  return read && labelSharedDeviceVoices(read);
}
