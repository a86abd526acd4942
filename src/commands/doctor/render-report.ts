import type { EndpointCheck, KeyCheckResult } from '../../providers/check-backend.js';
import type { Style } from '../../ui/style.js';
import type { DoctorReport } from './diagnose.js';

const LABEL_WIDTH = 10;
const row = (label: string, lines: string[]) => lines.map((line, i) => `${(i === 0 ? label : '').padEnd(LABEL_WIDTH)}  ${line}\n`).join('');

function describeConfig(config: DoctorReport['config']): string {
  if (!config.exists) return `${config.path} (not created: no setting saved yet)`;
  const state = config.valid === false ? 'not valid JSON' : config.valid ? 'valid' : 'unreadable';
  const sets = config.settings.length > 0 ? `; sets ${config.settings.join(', ')}` : '';
  return `${config.path} (${[config.mode, state].filter(Boolean).join(', ')}${sets})`;
}

function describeEndpoint(endpoint: EndpointCheck, report: DoctorReport, style: Style): string {
  const route = endpoint.proxy ? `via ${endpoint.proxy}` : 'direct';
  // A backend's second URL (AssemblyAI's gateway) is named by its setting.
  const url = endpoint.name === 'base_url' ? endpoint.url : `${endpoint.url} (${endpoint.name})`;
  if (!endpoint.reachable) return `${style.error('✗')} ${url} — not reachable (${endpoint.failure?.stage ?? 'connection'}, ${route})`;
  const ca = report.extraCaCerts ? ` (with NODE_EXTRA_CA_CERTS)` : '';
  const tls = endpoint.tls === 'verified' ? `TLS verified${ca}` : 'plain HTTP (loopback)';
  return `${style.ok('✓')} ${url} — reachable, ${route}, ${tls}`;
}

function describeKey(key: KeyCheckResult, style: Style): string {
  const asked = key.request ? ` (${key.request})` : '';
  switch (key.status) {
    case 'accepted':
      return `${style.ok('✓')} key accepted${asked}`;
    case 'not needed':
      return `${style.ok('✓')} no key needed${asked}`;
    case 'refused':
      return `${style.error('✗')} key refused${asked}`;
    case 'missing':
      return `${style.error('✗')} no key set`;
    case 'out of credit':
      return `${style.warn('!')} key accepted, account out of credit${asked}`;
    default:
      return `${style.dim('·')} key not checked`;
  }
}

/** `soap doctor` for people: what was found, one backend after another; the problems follow on stderr. */
export function renderDoctorReport(report: DoctorReport, style: Style): string {
  const keys = report.keys.map((k) => `${k.setting.padEnd(16)} ${k.set ? `${k.masked ?? ''}  from ${k.source ?? '?'}` : style.dim('not set')}`);
  const ca = report.extraCaCerts
    ? `Node's own, and ${report.extraCaCerts.certificates} from NODE_EXTRA_CA_CERTS=${report.extraCaCerts.path}`
    : "Node's own (NODE_EXTRA_CA_CERTS is not set)";
  const provider = report.provider
    ? `${report.provider.id} (${report.provider.chosenBy === 'setting' ? 'chosen by a setting' : report.provider.chosenBy === 'key' ? 'its key is set' : 'no provider or key set: the offline engine'})`
    : 'unknown: the settings do not resolve';
  let text = row('config', [describeConfig(report.config)]) + row('keys', keys.length > 0 ? keys : ['unknown']) + row('CAs', [ca]) + row('notes by', [provider]);
  for (const backend of report.backends) {
    text += `\n${style.heading(backend.label)}\n`;
    for (const endpoint of backend.endpoints) text += `  ${describeEndpoint(endpoint, report, style)}\n`;
    text += `  ${describeKey(backend.key, style)}\n`;
  }
  if (report.backends.length === 0) text += '\nno hosted backend has a key or a base URL set: nothing to reach\n';
  const count = report.problems.length;
  text += `\n${count === 0 ? style.ok('all well') : style.error(`${count} problem${count === 1 ? '' : 's'}:`)}\n`;
  return text;
}
