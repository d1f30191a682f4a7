// Spectral custom function: a `checked` date older than maxAgeDays before `today`.
export default function staleDate(input, options) {
  if (typeof input !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(input)) return [{ message: 'checked is not a date' }];
  const age = (Date.parse(options.today) - Date.parse(input)) / 86_400_000;
  return age > options.maxAgeDays ? [{ message: `checked ${input} is older than ${options.maxAgeDays} days` }] : [];
}
