import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { handoff } from '../../lib/handoff';
import { report, startAnnotator } from './start';

// Injected by the background only into frames whose gate found an article about the subject.
export default defineUnlistedScript(() => {
  const shared = handoff();
  if (shared.handle) return; // already running in this frame
  try {
    startAnnotator(new ContentScriptContext('backstory-annotator'));
  } catch (error) {
    report('starting', error);
  }
});
