import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { readMessagingExport } from '../../src/text/messaging-exports.js';

// Conversations written for these tests (invented patients and clinicians), in each product's export layout. Where a
// layout is written from knowledge of the product rather than a published sample, the comment says so.
const said = (t: string) => readTranscript(t).turns.map((x) => x.text);
const sections = (t: string) => { const n = generateLocalNote(t); return `${n.subjective}\n${n.objective}\n${n.assessment}\n${n.plan}`; };

describe('phone text-message backups', () => {
  // imessage-exporter's TXT: a date line (with its read receipt), the sender ("Me" for the phone's owner), the words.
  const IMESSAGE = [
    'Mar 14, 2026  9:02:11 AM', 'Dr Priya Shah', "Hi Tom, it's Dr Shah. I got your message about the rash. How long has it been there?", '',
    'Mar 14, 2026  9:05:40 AM (Read by Dr Priya Shah after 2 minutes, 10 seconds)', 'Me', 'Since Tuesday. It started on my left side under the ribs and it burns', '',
    'Mar 14, 2026  9:06:02 AM', 'Me', "It's a band of little blisters, doesn't cross the middle", '',
    'Mar 14, 2026  9:08:15 AM', 'Dr Priya Shah', 'That sounds like shingles. Any fever or trouble with your eyes?', '',
    'Mar 14, 2026  9:12:01 AM', 'Dr Priya Shah', "I'll send valaciclovir 1 g three times a day for 7 days to your pharmacy.",
  ].join('\n');

  it("reads an iMessage export's date and sender lines as the header of each message, not as words", () => {
    const r = readTranscript(IMESSAGE);
    expect(r.speakers).toEqual({ 'Dr Priya Shah': 'clinician', Me: 'patient' });
    expect(said(IMESSAGE).join(' ')).not.toMatch(/Mar 14|Read by/);
    expect(r.turns.map((t) => t.line)).toEqual([3, 7, 11, 15, 19]);
    const n = generateLocalNote(IMESSAGE);
    expect(n.subjective).toMatch(/band of little blisters/);
    expect(n.assessment).toMatch(/shingles/);
    expect(n.plan).toMatch(/valaciclovir 1 g/);
  });

  // iMazing's CSV columns; an outgoing row has no sender name.
  const IMAZING = [
    'Chat Session,Message Date,Delivered Date,Read Date,Edited Date,Service,Type,Sender ID,Sender Name,Status,Replying to,Subject,Text,Attachment,Attachment type',
    'Nurse Jo Adams,2026-03-14 09:02:11,,,,iMessage,Incoming,+447700900123,Nurse Jo Adams,Read,,,"Hi Sam, it\'s Jo the practice nurse. How is the leg wound looking today?",,',
    'Nurse Jo Adams,2026-03-14 09:04:52,2026-03-14 09:04:53,,,iMessage,Outgoing,,,Delivered,,,"It\'s more red around the edges and it\'s leaking yellow stuff",,',
    'Nurse Jo Adams,2026-03-14 09:07:30,,,,iMessage,Incoming,+447700900123,Nurse Jo Adams,Read,,,"Do you have a temperature?",,',
    'Nurse Jo Adams,2026-03-14 09:08:02,2026-03-14 09:08:03,,,iMessage,Outgoing,,,Delivered,,,"37.9 this morning",,',
    'Nurse Jo Adams,2026-03-14 09:10:45,,,,iMessage,Incoming,+447700900123,Nurse Jo Adams,Read,,,"That sounds like the wound is infected. Please come in at 11 today so we can swab it and start antibiotics.",,',
  ].join('\n');

  it('reads an iPhone backup CSV by its Incoming / Outgoing column, the owner as "Me"', () => {
    const r = readTranscript(IMAZING);
    expect(r.speakers).toEqual({ 'Nurse Jo Adams': 'clinician', Me: 'patient' });
    expect(said(IMAZING)[1]).toBe("It's more red around the edges and it's leaking yellow stuff");
    expect(said(IMAZING).join(' ')).not.toMatch(/iMessage|Delivered|\+447700900123/);
    expect(generateLocalNote(IMAZING).plan).toMatch(/swab it and start antibiotics/);
  });

  // SMS Backup & Restore's XML (type 1 received, 2 sent), entities as the app writes them.
  const SMS_XML = [
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
    '<!--File Created By SMS Backup & Restore v10.20.002 on 14/03/2026 18:30:02-->',
    '<smses count="4" backup_set="9a1c" backup_date="1773513002000" type="full">',
    '  <sms protocol="0" address="+447700900456" date="1773478920000" type="1" subject="null" body="Hello Mrs Green, this is Ravi the pharmacist at Hill Street Pharmacy. You asked about your new inhaler?" read="1" status="-1" readable_date="14 Mar 2026 09:02:00" contact_name="Ravi Pharmacist" />',
    '  <sms protocol="0" address="+447700900456" date="1773479100000" type="2" subject="null" body="Yes the brown one. I&apos;ve been using it when I&apos;m wheezy but it doesn&apos;t help much" read="1" status="-1" readable_date="14 Mar 2026 09:05:00" contact_name="Ravi Pharmacist" />',
    '  <sms protocol="0" address="+447700900456" date="1773479280000" type="1" subject="null" body="The brown inhaler is a preventer, beclometasone. It needs to be taken twice a day every day, even when you feel well." read="1" status="-1" readable_date="14 Mar 2026 09:08:00" contact_name="Ravi Pharmacist" />',
    '  <sms protocol="0" address="+447700900456" date="1773479400000" type="2" subject="null" body="I&apos;m using the blue one about 5 times a day at the moment" read="1" status="-1" readable_date="14 Mar 2026 09:10:00" contact_name="Ravi Pharmacist" />',
    '</smses>',
  ].join('\n');

  it("reads an SMS Backup & Restore file's messages, sent ones as the owner's, entities decoded", () => {
    const r = readTranscript(SMS_XML);
    expect(r.speakers).toEqual({ 'Ravi Pharmacist': 'clinician', Me: 'patient' });
    expect(said(SMS_XML)[1]).toBe("Yes the brown one. I've been using it when I'm wheezy but it doesn't help much");
    expect(r.turns.map((t) => t.line)).toEqual([4, 5, 6, 7]);
    expect(generateLocalNote(SMS_XML).subjective).toMatch(/blue one about 5 times a day/);
  });
});

describe('messenger and team-chat copies', () => {
  // Telegram Desktop, messages selected and copied: "Name, [dd.mm.yyyy hh:mm]" over each.
  const TELEGRAM = [
    'Dr Sarah Khan, [14.03.2026 09:02]', 'Morning Mr Baker, how are the blood sugars since we started the gliclazide?', '',
    'Tom Baker, [14.03.2026 09:05]', 'Bit low in the mornings, I had a 3.4 yesterday and felt shaky and sweaty', '',
    'Dr Sarah Khan, [14.03.2026 09:13]', 'That is a hypo. Please reduce the gliclazide to 40 mg once a day with breakfast.',
  ].join('\n');

  it('reads Telegram\'s "Name, [date time]" lines as senders', () => {
    expect(readTranscript(TELEGRAM).speakers).toEqual({ 'Dr Sarah Khan': 'clinician', 'Tom Baker': 'patient' });
    expect(said(TELEGRAM)).toHaveLength(3);
    const n = generateLocalNote(TELEGRAM);
    expect(n.subjective).toMatch(/3\.4 yesterday/);
    expect(n.plan).toMatch(/gliclazide to 40 mg/);
  });

  // Microsoft Teams chat, copied (written from the app as it pastes; the reaction line is Teams' own).
  const TEAMS_CHAT = [
    '[14/03/2026 10:02] Lee, Kim (Physiotherapist)', 'Hi Dan, how is the knee after the new exercises?', '',
    '[14/03/2026 10:04] Dan Price', 'Better on the flat but stairs still hurt, about 5 out of 10 going down', '',
    '[14/03/2026 10:07] Lee, Kim (Physiotherapist)', 'No football for two weeks. Keep doing the step-downs daily and ice it after exercise.', '', 'like 1',
  ].join('\n');

  it('reads a Teams chat: "[date time] Surname, First (Role)" turned round, the reaction line left out', () => {
    const r = readTranscript(TEAMS_CHAT);
    expect(r.speakers).toEqual({ 'Kim Lee (Physiotherapist)': 'clinician', 'Dan Price': 'patient' });
    expect(said(TEAMS_CHAT).join(' ')).not.toMatch(/like 1|\[14\/03/);
    expect(sections(TEAMS_CHAT)).toMatch(/stairs still hurt/);
    expect(generateLocalNote(TEAMS_CHAT).plan).toMatch(/step-downs daily/);
  });

  // Zoom's meeting chat file, current layout and the older one-line layout (with a direct message).
  const ZOOM_CHAT = [
    '10:02:11 From Dr Elena Ruiz to Everyone:', "\tHi Mrs Okafor, the audio keeps dropping so let's use the chat. How is the cough?",
    '10:03:40 From Grace Okafor to Everyone:', '\tStill coughing up green phlegm and I get breathless walking to the shops',
    '10:06:01 From Grace Okafor to Dr Elena Ruiz (Direct Message):', '\tA bit of pain on the right side when I breathe in',
    '10:08:45 From Dr Elena Ruiz to Everyone:', "\tI think this is a chest infection. I'll prescribe amoxicillin 500 mg three times a day for 5 days.",
  ].join('\n');
  const ZOOM_CHAT_OLD = [
    "10:02:11\t From  Dr Elena Ruiz : Hi Mrs Okafor, the audio keeps dropping so let's use the chat. How is the cough?",
    '10:03:40\t From  Grace Okafor : Still coughing up green phlegm and I get breathless walking to the shops',
    '10:06:01\t From  Grace Okafor  to  Dr Elena Ruiz(Direct Message) : A bit of pain on the right side when I breathe in',
    "10:08:45\t From  Dr Elena Ruiz : I think this is a chest infection. I'll prescribe amoxicillin 500 mg three times a day for 5 days.",
  ].join('\n');

  it('reads both layouts of a Zoom chat file with the sender, not "From …", as the speaker', () => {
    for (const chat of [ZOOM_CHAT, ZOOM_CHAT_OLD]) {
      expect(readTranscript(chat).speakers).toEqual({ 'Dr Elena Ruiz': 'clinician', 'Grace Okafor': 'patient' });
      expect(said(chat)[2]).toBe('A bit of pain on the right side when I breathe in');
      expect(generateLocalNote(chat).plan).toMatch(/amoxicillin 500 mg/);
    }
  });

  // Slack messages copied from the app: a bare time over a further message, a reaction and its count, "(edited)".
  const SLACK = [
    'Maya Singh, LCSW  10:02 AM', 'Hi Jordan, checking in before Thursday. How has your mood been this week?',
    'Jordan Reyes  10:05 AM', "honestly pretty low. I haven't been sleeping, maybe 4 hours a night", '10:05', 'I stopped going to the gym',
    'Maya Singh, LCSW  10:07 AM', 'Thanks for telling me. Any thoughts of harming yourself? (edited)',
    'Jordan Reyes  10:09 AM', 'no nothing like that', ':pray::skin-tone-3:', '1',
    'Maya Singh, LCSW  10:11 AM', "Okay. Let's keep Thursday's session and add a sleep diary this week.",
  ].join('\n');

  it("reads a Slack copy without its reactions and edit marks, a bare time opening a further message", () => {
    const r = readTranscript(SLACK);
    expect(r.speakers).toEqual({ 'Maya Singh, LCSW': 'clinician', 'Jordan Reyes': 'patient' });
    expect(said(SLACK)).toContain('I stopped going to the gym');
    expect(said(SLACK).join(' | ')).not.toMatch(/edited|:pray:|\| 1 \|/);
    expect(generateLocalNote(SLACK).subjective).not.toMatch(/edited/);
  });
});

describe("chat apps' JSON downloads", () => {
  // Messenger's message_1.json: newest first, text as Latin-1-read UTF-8 bytes.
  const MESSENGER = JSON.stringify({
    participants: [{ name: 'Lena Fischer' }, { name: 'Coach Sam Ortiz' }],
    messages: [
      { sender_name: 'Coach Sam Ortiz', timestamp_ms: 1773479580000, content: 'Sounds like a hamstring strain. No sprinting this week and see the physio on Monday.' },
      { sender_name: 'Lena Fischer', timestamp_ms: 1773479400000, content: 'No bruising but it\u00e2\u0080\u0099s tight when I bend forward' },
      { sender_name: 'Coach Sam Ortiz', timestamp_ms: 1773479280000, content: 'Any bruising on the back of the thigh?' },
      { sender_name: 'Lena Fischer', timestamp_ms: 1773479100000, content: 'I felt a sharp pain at the back of my left thigh during the sprint session yesterday' },
    ],
    title: 'Lena Fischer',
  }, null, 2);

  it('reads a Messenger download oldest first, with its apostrophes repaired', () => {
    const r = readTranscript(MESSENGER);
    expect(r.speakers).toEqual({ 'Lena Fischer': 'patient', 'Coach Sam Ortiz': 'clinician' });
    expect(said(MESSENGER)[0]).toMatch(/^I felt a sharp pain/);
    expect(said(MESSENGER)[2]).toBe('No bruising but it’s tight when I bend forward');
    expect(generateLocalNote(MESSENGER).assessment).toMatch(/hamstring strain/);
  });

  // Telegram Desktop's result.json, with a missed-call service entry and a text written as pieces.
  const TELEGRAM_JSON = JSON.stringify({
    name: 'Dr Sarah Khan', type: 'personal_chat', id: 5123456789,
    messages: [
      { id: 101, type: 'service', date: '2026-03-14T09:00:00', actor: 'Tom Baker', action: 'phone_call', discard_reason: 'missed', text: '' },
      { id: 102, type: 'message', date: '2026-03-14T09:02:00', from: 'Dr Sarah Khan', text: 'How are the blood sugars since we started the gliclazide?' },
      { id: 103, type: 'message', date: '2026-03-14T09:05:00', from: 'Tom Baker', text: 'Bit low in the mornings, I had a 3.4 yesterday and felt shaky' },
      { id: 104, type: 'message', date: '2026-03-14T09:13:00', from: 'Dr Sarah Khan', text: ['That is a hypo. Please reduce the gliclazide to 40 mg, see ', { type: 'link', text: 'https://example.org/hypo' }] },
    ],
  }, null, 1);

  it("reads Telegram's result.json by sender, its pieces joined and service entries left out", () => {
    expect(readTranscript(TELEGRAM_JSON).speakers).toEqual({ 'Dr Sarah Khan': 'clinician', 'Tom Baker': 'patient' });
    expect(said(TELEGRAM_JSON)).toHaveLength(3);
    expect(said(TELEGRAM_JSON)[2]).toMatch(/40 mg, see https:\/\/example\.org\/hypo$/);
  });

  // A Slack channel export (one day's file).
  const SLACK_JSON = JSON.stringify([
    { type: 'message', subtype: 'channel_join', ts: '1773478800.000100', user: 'U02', text: '<@U02> has joined the channel' },
    { type: 'message', text: 'How has your mood been this week?', user: 'U01', ts: '1773478920.000200', user_profile: { real_name: 'Maya Singh, LCSW' } },
    { type: 'message', text: "pretty low. I haven't been sleeping, maybe 4 hours a night", user: 'U02', ts: '1773479100.000300', user_profile: { real_name: 'Jordan Reyes' } },
  ], null, 4);

  it('reads a Slack export by real name, without join notices', () => {
    expect(readTranscript(SLACK_JSON).speakers).toEqual({ 'Maya Singh, LCSW': 'clinician', 'Jordan Reyes': 'patient' });
    expect(said(SLACK_JSON).join(' ')).not.toMatch(/joined the channel/);
  });
});

describe('patient-portal threads', () => {
  // MyChart's conversation as copied from the page (written from the portal's look): sender, then the date.
  const MYCHART = [
    'Conversation with Priya Shah, MD', 'Painful toe', '',
    'Tom Baker', 'Mar 14, 2026 9:02 AM', "My big toe on the right foot has been red, hot and very swollen since yesterday. I can't even put a sheet on it.", '',
    'Priya Shah, MD', 'Mar 14, 2026 11:20 AM', 'That does sound like gout. Please take naproxen 500 mg twice a day with food for 5 days.', '',
    'Tom Baker', 'Mar 14, 2026 11:45 AM', 'Thank you, will do.',
  ].join('\n');

  it('reads a portal conversation, sender over date, without its title and subject', () => {
    const r = readTranscript(MYCHART);
    expect(r.speakers).toEqual({ 'Tom Baker': 'patient', 'Priya Shah, MD': 'clinician' });
    expect(said(MYCHART).join(' ')).not.toMatch(/Conversation with|Painful toe|Mar 14/);
    const n = generateLocalNote(MYCHART);
    expect(n.subjective).toMatch(/red, hot and very swollen/);
    expect(n.plan).toMatch(/naproxen 500 mg/);
  });

  // Epic In Basket's reply chain: the reply on top under "----- Message from Shah, Priya, MD sent at … -----".
  const IN_BASKET = [
    '----- Message from Shah, Priya, MD sent at 3/14/2026 11:20 AM -----',
    'Hi Tom, that does sound like gout. Please take naproxen 500 mg twice a day with food for 5 days.', '',
    '----- Message -----', 'From: Tom Baker', 'Sent: 3/14/2026 9:02 AM', 'To: Priya Shah, MD', 'Subject: Painful toe', '',
    'My big toe on the right foot has been red, hot and very swollen since yesterday.',
  ].join('\n');

  it('reads an Epic In Basket chain: its separators are no words, and "Shah, Priya, MD" is Priya Shah, MD', () => {
    const r = readTranscript(IN_BASKET);
    expect(r.speakers).toEqual({ 'Tom Baker': 'patient', 'Priya Shah, MD': 'clinician' });
    expect(said(IN_BASKET)).toEqual(['My big toe on the right foot has been red, hot and very swollen since yesterday.', 'That does sound like gout. Please take naproxen 500 mg twice a day with food for 5 days.']);
  });
});

describe('more portal and chat layouts', () => {
  it('puts a portal thread written oldest first in its order when its dates can only be read one way', () => {
    const thread = [
      'From: Tom Baker', 'To: Riverside Surgery - Dr Priya Shah', 'Sent: 14/03/2026 09:02', '',
      "My big toe on the right foot has been red, hot and very swollen since yesterday. I can't even put a sheet on it.", '',
      'From: Dr Priya Shah', 'To: Tom Baker', 'Sent: 14/03/2026 11:20', '',
      'That does sound like gout. Please take naproxen 500 mg twice a day with food for 5 days.',
    ].join('\n');
    expect(readTranscript(thread).turns.map((t) => t.label)).toEqual(['Tom Baker', 'Dr Priya Shah']);
  });

  it('reads "Name wrote (date):" headers as the sender of the words below', () => {
    const thread = [
      'Tom Baker wrote (14/03/2026 09:02):', 'My big toe on the right foot has been red, hot and very swollen since yesterday.', '',
      'Dr Priya Shah wrote (14/03/2026 11:20):', 'That does sound like gout. Please take naproxen 500 mg twice a day with food for 5 days.',
    ].join('\n');
    expect(readTranscript(thread).speakers).toEqual({ 'Tom Baker': 'patient', 'Dr Priya Shah': 'clinician' });
    expect(said(thread).join(' ')).not.toMatch(/wrote/);
    expect(generateLocalNote(thread).plan).toMatch(/naproxen 500 mg/);
  });

  // Google Chat copied (written from knowledge of the app).
  it('reads "Name, 10:02 AM" lines as senders, but not a dictation line that is a word and a time', () => {
    const chat = 'Kim Lee, 10:02 AM\nHi Dan, how is the knee after the new exercises?\nDan Price, 10:04 AM\nStairs still hurt, about 5 out of 10 going down\nKim Lee, 10:07 AM\nNo football for two weeks.';
    expect(readTranscript(chat).speakers).toEqual({ 'Kim Lee': 'clinician', 'Dan Price': 'patient' });
    const dictation = 'Reviewed, 10:30 AM\nKnee pain improving.\nSeen again, 2:15 PM\nSwelling settled.';
    expect(readMessagingExport(dictation)).toBeUndefined();
  });
});

describe('telephony and live-chat exports', () => {
  // A contact centre's interaction copied with its record fields (Genesys Cloud-style; written from knowledge).
  const CONTACT_CENTRE = [
    'Interaction Transcript', 'Conversation ID: 5f2c9a10-7b1e-4c55-9d0e-1a2b3c4d5e6f', 'Queue: Nurse Advice Line', 'Direction: Inbound', '',
    'Agent  10:02:05 AM', "Thank you for calling the nurse advice line, this is Mark. What's going on today?",
    'Customer  10:02:11 AM', "My son is 3 and he's had a fever of 39.5 since last night. He's not drinking much.",
    'Agent  10:02:40 AM', 'Is he having wet nappies?',
    'Customer  10:02:52 AM', 'Only one since this morning.',
    'Agent  10:04:10 AM', "With only one wet nappy I'd like him seen within 2 hours at the children's urgent care.",
  ].join('\n');

  it("leaves a contact centre's record fields out, so the queue is no speaker and the parent is no patient", () => {
    const r = readTranscript(CONTACT_CENTRE);
    expect(r.speakers).toEqual({ Agent: 'clinician', Customer: 'other' });
    expect(said(CONTACT_CENTRE).join(' ')).not.toMatch(/Nurse Advice Line|5f2c9a10|Inbound/);
    expect(generateLocalNote(CONTACT_CENTRE).plan).toMatch(/seen within 2 hours/);
  });

  it('reads an AGENT: / CUSTOMER: transcript whose customer speaks of herself with the customer as the patient', () => {
    const t = 'AGENT: Nurse line, how can I help?\nCUSTOMER: I have had diarrhoea since yesterday and I feel dizzy when I stand up.\nAGENT: Please come to urgent care at 2pm today.';
    expect(readTranscript(t).speakers).toEqual({ AGENT: 'clinician', CUSTOMER: 'patient' });
  });

  // Google Voice's voicemail e-mail (written from the product's look).
  const VOICEMAIL = [
    'New voicemail from (555) 201-3344 at 9:02 AM',
    "Transcript: Hi, this is Margaret Hill. I'm calling because my ankles have been swelling up a lot this week and I'm more short of breath at night. I take the furosemide every morning. Could someone call me back please.",
    'Play message', 'YOUR ACCOUNT HELP CENTER HELP FORUM',
    "This email was sent to you because you indicated that you'd like to receive email notifications for voicemails.",
  ].join('\n');

  it("reads a voicemail's transcription as the caller's words, without the service's header, buttons and footer", () => {
    const r = readTranscript(VOICEMAIL);
    expect(r.speakers).toEqual({ Caller: 'patient' });
    expect(said(VOICEMAIL)).toHaveLength(1);
    expect(said(VOICEMAIL)[0]).toMatch(/^Hi, this is Margaret Hill/);
    const n = generateLocalNote(VOICEMAIL);
    expect(n.subjective).toMatch(/ankles have been swelling/);
    expect(sections(VOICEMAIL)).not.toMatch(/HELP CENTER|email notifications|New voicemail/);
  });

  it('takes no voicemail said in passing in a dictation for a voicemail service\'s e-mail', () => {
    const t = 'Voicemail from his daughter: he is more confused today.\nPlan: GP to call her back this afternoon.';
    expect(readMessagingExport(t)).toBeUndefined();
  });

  // Twilio Conversational Intelligence's transcript sentences (its documented fields), two channels.
  it('reads Twilio transcript sentences by channel, the roles from what each channel says', () => {
    const t = JSON.stringify({
      sentences: [
        { media_channel: 1, sentence_index: 0, start_time: '0.08', transcript: 'Riverside Pharmacy, this is the pharmacist, how can I help?' },
        { media_channel: 2, sentence_index: 1, start_time: '2.5', transcript: 'I started amlodipine last week and my ankles have been swelling up.' },
        { media_channel: 1, sentence_index: 2, start_time: '8.3', transcript: "Ankle swelling is a common side effect of amlodipine. I'll ask your GP to switch you." },
      ],
      meta: { page: 0, key: 'sentences' },
    }, null, 2);
    expect(readTranscript(t).speakers).toEqual({ 'Channel 1': 'clinician', 'Channel 2': 'patient' });
    expect(generateLocalNote(t).subjective).toMatch(/ankles have been swelling/);
  });

  // Zendesk Chat's transcript (times in parentheses, joins and leaves between three asterisks).
  const LIVE_CHAT = [
    'Chat started: 2026-03-14 09:02 AM UTC', '',
    '(09:02:05 AM) *** Tom Baker joined the chat ***',
    "(09:02:15 AM) Nurse Amy: Hi Tom, you're through to the online nurse. What can I help with?",
    "(09:02:40 AM) Tom Baker: I've got a burning feeling when I pee and I'm going all the time",
    '(09:03:05 AM) Nurse Amy: How long has that been going on? Any fever or back pain?',
    '(09:03:30 AM) Tom Baker: 2 days. No fever',
    "(09:04:15 AM) Nurse Amy: That sounds like a urine infection. I'll arrange a urine test at the surgery this afternoon.",
    '(09:05:00 AM) *** Tom Baker left the chat ***',
  ].join('\n');

  it('reads a live-chat transcript with its times in parentheses as a chat, not as code, without join notices', () => {
    const r = readTranscript(LIVE_CHAT);
    expect(r.speakers).toEqual({ 'Nurse Amy': 'clinician', 'Tom Baker': 'patient' });
    expect(said(LIVE_CHAT).join(' ')).not.toMatch(/joined|left the chat|Chat started/);
    const n = generateLocalNote(LIVE_CHAT);
    expect(n.subjective).toMatch(/burning feeling/);
    expect(n.assessment).toMatch(/urine infection/);
  });
});

describe('logs stamped with a date and time', () => {
  // signal-export's Markdown (written from knowledge of the tool): an attachment as a Markdown image.
  const SIGNAL = [
    '[2026-03-14 09:02] Dr Sarah Khan: How are the blood sugars since we started the gliclazide?',
    '[2026-03-14 09:05] Tom Baker: Bit low in the mornings, I had a 3.4 yesterday and felt shaky',
    '[2026-03-14 09:05] Tom Baker: ![image](media/IMG_0412.jpg)',
    '[2026-03-14 09:06] Tom Baker: I left my meter at work so that is from memory',
    '[2026-03-14 09:13] Dr Sarah Khan: That is a hypo. Please reduce the gliclazide to 40 mg once a day with breakfast.',
  ].join('\n');

  it('reads ISO-stamped messages by sender, without attachments, and a message saying "left" as words', () => {
    const r = readTranscript(SIGNAL);
    expect(r.speakers).toEqual({ 'Dr Sarah Khan': 'clinician', 'Tom Baker': 'patient' });
    expect(said(SIGNAL)).toEqual([
      'How are the blood sugars since we started the gliclazide?', 'Bit low in the mornings, I had a 3.4 yesterday and felt shaky',
      'I left my meter at work so that is from memory', 'That is a hypo. Please reduce the gliclazide to 40 mg once a day with breakfast.',
    ]);
    expect(generateLocalNote(SIGNAL).plan).toMatch(/gliclazide to 40 mg/);
    const log = SIGNAL.replace(/^\[(\S+ \S+)\]/gm, '$1:11');
    expect(readTranscript(log).speakers).toEqual({ 'Dr Sarah Khan': 'clinician', 'Tom Baker': 'patient' });
  });

  // Amazon Connect Contact Lens output (its documented Transcript / Participants fields).
  const CONTACT_LENS = JSON.stringify({
    Channel: 'VOICE', JobStatus: 'COMPLETED',
    Participants: [{ ParticipantId: 'AGENT', ParticipantRole: 'AGENT' }, { ParticipantId: 'CUSTOMER', ParticipantRole: 'CUSTOMER' }],
    Transcript: [
      { BeginOffsetMillis: 100, Content: 'Thank you for calling the nurse line, how can I help?', ParticipantId: 'AGENT', Sentiment: 'NEUTRAL' },
      { BeginOffsetMillis: 3200, Content: "I've had diarrhoea since yesterday and I feel dizzy when I stand up.", ParticipantId: 'CUSTOMER', Sentiment: 'NEGATIVE' },
      { BeginOffsetMillis: 7200, Content: 'Please come to the urgent care centre at 2pm and keep sipping fluids.', ParticipantId: 'AGENT', Sentiment: 'NEUTRAL' },
    ],
  }, null, 2);

  it("reads a Contact Lens transcript by participant role", () => {
    expect(readTranscript(CONTACT_LENS).speakers).toEqual({ AGENT: 'clinician', CUSTOMER: 'patient' });
    expect(generateLocalNote(CONTACT_LENS).subjective).toMatch(/diarrhoea since yesterday/);
  });

  it("leaves a call recorder's heading out when a speaker follows it, and keeps it in a dictation", () => {
    const call = 'Call with Riverside Pharmacy\nMarch 14, 2026, 9:02 AM · 4 min\n\nRavi Patel 0:00\nHello, Riverside Pharmacy, I\'m the pharmacist.\nCaller 0:04\nMy ankles are swollen since I started amlodipine.\n';
    expect(readTranscript(call).speakers).toEqual({ 'Ravi Patel': 'clinician', Caller: 'patient' });
    expect(said(call).join(' ')).not.toMatch(/Call with|4 min/);
    const dictation = 'Call with Mrs Hill about her results.\nBloods normal, no change to treatment.';
    expect(said(dictation)).toEqual(dictation.split('\n'));
  });
});

describe('ordinary transcripts', () => {
  it('are no messaging export, and read as before', () => {
    const plain = 'Doctor: What brings you in today?\nPatient: I have had a cough for two weeks.\nDoctor: I will order a chest x-ray.';
    const dictation = '14/03/2026 10:02\nSeen in clinic with a cough for two weeks.\nPlan: chest x-ray.\n\n21/03/2026 09:15\nX-ray clear. Cough improving.';
    const teamsTranscript = 'Dr. Priya Nair   9:02 AM\nHow have the migraines been?\n\nCarla Mendes   9:03 AM\nBetter, about eight a month.\n';
    const whatsapp = '12/11/2026, 08:02 - Midwife Kerry: How are you feeling today?\n12/11/2026, 08:05 - Leah: I have a headache';
    for (const t of [plain, dictation, teamsTranscript, whatsapp]) expect(readMessagingExport(t)).toBeUndefined();
    expect(readTranscript(plain).turns.map((t) => [t.role, t.text])).toEqual([
      ['clinician', 'What brings you in today?'], ['patient', 'I have had a cough for two weeks.'], ['clinician', 'I will order a chest x-ray.'],
    ]);
    expect(readTranscript(dictation).labelled).toBe(false);
  });

  it('keep a "Date:" line that heads a transcript, and a single record-like field', () => {
    const t = 'Date: 14/03/2026\nDoctor: Any chest pain?\nPatient: No.';
    expect(readTranscript(t).turns.map((x) => x.text)).toEqual(['Date: 14/03/2026', 'Any chest pain?', 'No.']);
  });
});
