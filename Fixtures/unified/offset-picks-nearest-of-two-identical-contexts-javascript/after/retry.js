// Retry helpers.
// Both helpers retry a rejected promise up to `attempts` times
// and rethrow the last error.
export async function withRetry(fn, attempts = 3) {
  let lastError;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

export async function withRetryLogged(fn, log, attempts = 3) {
  let lastError;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      log(`attempt ${i + 1} failed: ${err}`);
      lastError = err;
    }
  }
  throw lastError;
}
