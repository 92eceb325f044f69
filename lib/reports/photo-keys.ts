// The two stored objects of a report photo: the display-size WebP and its thumbnail.
export const displayKey = (storageKey: string) => `${storageKey}.webp`;
export const thumbKey = (storageKey: string) => `${storageKey}-thumb.webp`;
