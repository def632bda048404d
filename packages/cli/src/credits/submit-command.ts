// Placeholder while submit lands.
export async function runSubmit(_file: string, _options: unknown): Promise<void> {}
