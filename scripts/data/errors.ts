/** A refusal of the data build: names the file, and where known the record and field. */
export class DataBuildError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly record?: string,
    readonly field?: string,
  ) {
    super(
      [file, record && `record ${record}`, field && `field ${field}`].filter(Boolean).join(', ') +
        `: ${reason}`,
    );
    this.name = 'DataBuildError';
  }
}
