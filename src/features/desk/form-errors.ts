// react-hook-form's nested error object as the error summary's list, field ids joined with '-'.
export function fieldErrorList(errors: Record<string, unknown>, prefix = ''): { fieldId: string; message: string }[] {
  const out: { fieldId: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'ref' || !value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}-${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) out.push({ fieldId: path, message });
    else out.push(...fieldErrorList(value as Record<string, unknown>, path));
  }
  return out;
}
