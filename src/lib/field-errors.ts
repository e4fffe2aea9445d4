/**
 * Flattens react-hook-form's nested error object into error-summary entries whose ids match the inputs'
 * ids (path segments joined with '-', e.g. children-0-caseStatus). Shared by every feature's forms.
 */
export function fieldErrors(errors: Record<string, unknown>, prefix = ''): { fieldId: string; message: string }[] {
  const out: { fieldId: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'ref' || !value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}-${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) out.push({ fieldId: path, message });
    else out.push(...fieldErrors(value as Record<string, unknown>, path));
  }
  return out;
}
