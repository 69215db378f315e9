import { render } from 'preact';
import { DialogApp } from '../../lib/dialog/DialogApp';

const sessionId = decodeURIComponent(location.hash.slice(1));
render(<DialogApp sessionId={sessionId} />, document.getElementById('app')!);
