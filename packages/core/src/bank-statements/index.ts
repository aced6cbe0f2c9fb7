export * from "./parsed-statement";
export * from "./bank-values";
export * from "./formats/csv-profile";
export { readCsvStatement, previewCsv, sniffCsv, type CsvReadOptions, type CsvPreview, type CsvPreviewRow, type CsvSniff } from "./formats/csv";
export { readOfx } from "./formats/ofx";
export { readMt940 } from "./formats/mt940";
export type { TextEncodingName } from "./formats/decode-text";
