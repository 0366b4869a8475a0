import { EventForm } from '@/components/apel/EventForm';
import { EventLink } from '@/components/apel/EventLink';
import { EventQrCode } from '@/components/apel/EventQrCode';
import { EventLine, EventValue } from '@/components/apel/EventValue';
import { PresentButton } from '@/components/apel/PresentButton';
import { PrintButton } from '@/components/apel/PrintButton';
import { SlideDeck } from '@/components/apel/SlideDeck';
import { TallyCodes } from '@/components/apel/TallyCodes';
import { VerifyCode } from '@/components/apel/VerifyCode';
import { WhatsAppMessage } from '@/components/apel/WhatsAppMessage';

/** The apel kit's islands: each reads the event from the page's URL fragment by itself (components/apel/useApelEvent.ts). */
export const apelIslands = {
  'apel.event-form': EventForm,
  'apel.event-link': EventLink,
  'apel.event-qr': EventQrCode,
  'apel.event-value': EventValue,
  'apel.event-line': EventLine,
  'apel.present-button': PresentButton,
  'apel.print-button': PrintButton,
  'apel.slide-deck': SlideDeck,
  'apel.tally': TallyCodes,
  'apel.verify': VerifyCode,
  'apel.whatsapp-message': WhatsAppMessage,
};

