// Preloaded with `node --import`: any attempt to open a socket or resolve a name is recorded and refused.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import net from 'node:net';

const log = (what) => {
  if (process.env.SOAP_NETWORK_LOG) appendFileSync(process.env.SOAP_NETWORK_LOG, `${what}\n`);
};
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function deniedConnect(...args) {
  log(`connect ${JSON.stringify(args[0])}`);
  return originalConnect.call(this, { path: '/nonexistent/soap-network-denied' });
};
dns.lookup = (host, ...rest) => {
  log(`lookup ${host}`);
  rest.at(-1)(new Error('network denied'));
};
