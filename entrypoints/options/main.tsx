import { render } from 'preact';
import '../../components/options/options.css';
import { OptionsContainer } from './container';

render(<OptionsContainer />, document.getElementById('app')!);
