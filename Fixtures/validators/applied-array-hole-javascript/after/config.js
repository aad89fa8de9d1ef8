const path = require('path');

function settings(env) {
  const base = {port: 8080, host: 'localhost'};
  if (env === 'test') {
    return {...base, port: 0};
  }
  return base;
}

const ports = [8080,, 8443];
module.exports = {settings};
