/** Rejects the requests of an import the user cancelled; callers turn it into the "cancelled" state. */
export class ImportCancelledError extends Error {
  constructor() {
    super('Import cancelled');
    this.name = 'ImportCancelledError';
  }
}
