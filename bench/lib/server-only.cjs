// Preloaded by the upload benchmark's child processes (node --require): they load the server
// modules outside Next.js and without the react-server condition (next-intl's react-server entry
// needs React's client APIs in plain Node), so "server-only" resolves to its empty module here.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload, by necessity */
const Module = require('node:module');
const path = require('node:path');

const empty = path.join(__dirname, '../../node_modules/server-only/empty.js');
const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveServerOnly(request, ...rest) {
  if (request === 'server-only') return empty;
  return resolve.call(this, request, ...rest);
};
