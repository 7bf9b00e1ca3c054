/**
 * Retries an assertion until it passes or `timeoutMs` runs out (then throws its last error).
 * For effects that cross servers asynchronously, such as a PostgreSQL NOTIFY reaching another
 * server's listener a few milliseconds after commit.
 */
export async function eventually<T>(assertion: () => Promise<T>, timeoutMs = 3_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
