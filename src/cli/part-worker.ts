// The command line's second reader (see split-import.ts): a worker thread that reads the
// later part of a large check file and hands back its checks, counts and skipped rows, and
// then takes the file's fingerprint while the first thread evaluates.
import { parentPort } from 'node:worker_threads';
import { MinuteReducer } from '../ingest/reduce';
import { fileFingerprint } from './fingerprint';
import { type FingerprintRequest, type PartReply, type PartRequest, readPart } from './read-part';

const port = parentPort;
if (port)
  port.on('message', (request: PartRequest | FingerprintRequest) => {
    if ('fingerprint' in request) {
      fileFingerprint(request.fingerprint).then(
        (print) => port.postMessage(print),
        (e) => port.postMessage({ error: String(e) }),
      );
      return;
    }
    let reply: PartReply;
    try {
      reply = readPart(request, new MinuteReducer());
    } catch (e) {
      reply = { error: String(e) };
    }
    port.postMessage(reply, reply && 'part' in reply ? MinuteReducer.buffersOf(reply.part.series) : []);
  });
