// Entry point of the web bundle: the stylesheets (bundled into app.css in this order), then the
// App mounted on #app.
import { render } from 'preact';
import { App } from './App.tsx';
import './styles/base.css';
import './styles/forms.css';
import './styles/tables.css';
import './styles/article.css';
import './styles/graphics.css';
import './styles/responsive.css';

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
