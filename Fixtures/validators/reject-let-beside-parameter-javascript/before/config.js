const path = require('path');

function settings(env) {
  const base = {port: 8080, host: 'localhost'};
  if (env === 'test') {
    return {...base, port: 0};
  }
  return base;
}

module.exports = {settings};
