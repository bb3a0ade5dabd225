/** Runs a promise that must fail and returns its error, so tests can assert on the whole error. */
export async function catchError(promise: Promise<unknown>): Promise<{
  code?: string;
  message: string;
  debugInfo?: { errorLocation?: string; statement?: string };
}> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error("expected the promise to fail, but it succeeded");
}
