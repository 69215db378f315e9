import { render } from 'preact';
import { DialogApp } from './DialogApp';
import '../../components/dialog/dialog.css';

const sessionId = decodeURIComponent(location.hash.slice(1));
render(<DialogApp sessionId={sessionId} />, document.getElementById('app')!);
