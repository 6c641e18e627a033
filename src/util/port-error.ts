/**
 * A port the service must listen on cannot be opened. The message names the port and where its number came
 * from (`HTTP_PORT`, `http.port in the configuration`, `SLACK_PORT`), so an operator knows what to change;
 * the CLI prints it and exits 2, like a configuration error.
 */
export class PortUnavailableError extends Error {
  constructor(
    readonly port: number,
    readonly source: string,
    readonly code: string,
  ) {
    super(
      code === 'EADDRINUSE'
        ? `port ${port} is in use (${source})`
        : code === 'EACCES'
          ? `port ${port} may not be opened by this user (${source})`
          : `port ${port} cannot be opened: ${code} (${source})`,
    );
    this.name = 'PortUnavailableError';
  }
}

/** The listen() errors that mean "this port cannot be used", not a bug. */
const PORT_ERRORS = new Set(['EADDRINUSE', 'EACCES', 'EADDRNOTAVAIL']);

/** `err` as a PortUnavailableError when it is a listen() failure of `port`, else undefined. */
export function portUnavailable(err: unknown, port: number, source: string): PortUnavailableError | undefined {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && PORT_ERRORS.has(code) ? new PortUnavailableError(port, source, code) : undefined;
}
