import { defineContentScript } from 'wxt/utils/define-content-script';
import './highlights.css';
import { startBackstory } from './start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startBackstory(ctx);
  },
});
