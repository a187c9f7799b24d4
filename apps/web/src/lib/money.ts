/**
 * An amount of money (a decimal string from the API, `1250.5`) in the site's currency, as the locale
 * writes it: "R 1 250,50", "ZAR 1,250.50". Intl formats the decimal string itself, so no float ever
 * holds the amount.
 */
export function formatMoney(amount: string, currency: string, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount as `${number}`);
}
