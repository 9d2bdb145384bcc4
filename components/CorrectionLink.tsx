import extension from '../extension.json';
import { correctionUrl, type CorrectionContext } from '../lib/ui/correction-link.ts';

/** "Suggest a correction": opens a prefilled request in a new tab, only when the reader clicks it. */
export function CorrectionLink(props: CorrectionContext) {
  return (
    <a class="correction" href={correctionUrl(extension.correctionUrl, props)} target="_blank" rel="noopener noreferrer">
      Suggest a correction
    </a>
  );
}
