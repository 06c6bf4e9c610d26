// The command line's second reader (see split-import.ts): a worker thread that reads the
// later part of a large check file and hands back its checks, counts and skipped rows.
import { parentPort } from 'node:worker_threads';
import { MinuteReducer } from '../ingest/reduce';
import { type PartReply, type PartRequest, readPart } from './read-part';

const port = parentPort;
if (port)
  port.on('message', (request: PartRequest) => {
    let reply: PartReply;
    try {
      reply = readPart(request, new MinuteReducer());
    } catch (e) {
      reply = { error: String(e) };
    }
    port.postMessage(reply, reply && 'part' in reply ? MinuteReducer.buffersOf(reply.part.series) : []);
  });
