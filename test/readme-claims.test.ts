// What the README says of how the app is built and deployed is held to the code that does it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../src/app/i18n/en';
import { CHECKSUM_BLOCK_BYTES } from '../src/storage/checksum';
import { MIN_SPLIT_BYTES } from '../workers/split-import';

/** The README as running text: its lines joined, so a phrase may wrap. */
const README = readFileSync('README.md', 'utf8').replace(/\n(?!\n)\s*/g, ' ');
const MiB = 1 << 20;

describe('the README’s architecture', () => {
  it('says how the import worker reads a file and when it splits one, as workers/ does', () => {
    const chunks = readFileSync('workers/file-chunks.ts', 'utf8');
    expect(chunks).toContain('const buffers = [new ArrayBuffer(CHUNK_BYTES), new ArrayBuffer(CHUNK_BYTES)];');
    expect(README).toContain('The import worker reads a dropped `File` into two reused buffers');
    expect(README).toContain(
      `a check file of ${MIN_SPLIT_BYTES / MiB} MiB or more, on a device of two cores or more, is cut at the first line end past the last ${CHECKSUM_BLOCK_BYTES / MiB} MiB block before its middle`,
    );
  });
});

describe('the README’s deployment', () => {
  it('names what the service worker precaches', () => {
    const config = readFileSync('vite.config.ts', 'utf8');
    expect(config).toContain(
      "globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', 'samples/**/*.csv', 'policies/*.json']",
    );
    expect(README).toContain(
      'The service worker precaches the app, the worker, the sample data and the example policies, so after the first visit the app works offline',
    );
  });

  it('quotes the prompt a new build shows', () => {
    expect(README).toContain(`a new build shows "${en.appUpdateAvailable}" with a ${en.appReload} button`);
  });
});
