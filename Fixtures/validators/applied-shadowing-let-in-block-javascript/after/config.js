const path = require('path');

function settings(env) {
  const base = {port: 8080, host: 'localhost'};
  if (env === 'test') {
    const base = {port: 0};
    return base;
  }
  return base;
}

module.exports = {settings};
