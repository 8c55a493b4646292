/**
 * The made-up citizen ID card the technician's card reader test reads (sent by the line-device
 * emulator as a chip-reader bridge does), and its personal values, which no screen, list or
 * answer may show: the reader test shows only that a card was read.
 */
export const TEST_ID_CARD = {
  idNumber: '001099012345',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '31121990',
  sex: 'male',
  address: 'Thôn 3, Hà Nội',
  issueDate: '01012021',
} as const;

/** What must stay hidden of TEST_ID_CARD: the number, the name, the address's first part, the birth date. */
export const TEST_ID_CARD_PERSONAL: readonly string[] = [TEST_ID_CARD.idNumber, TEST_ID_CARD.fullName, 'Thôn 3', TEST_ID_CARD.dateOfBirth];
