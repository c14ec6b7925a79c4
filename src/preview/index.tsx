/* Placeholder preview page (runs in a plain browser, without Office.js). Another engineer replaces this file. */
import { createRoot } from 'react-dom/client';
import { Body1, FluentProvider, Title3, webLightTheme } from '@fluentui/react-components';
import { strings } from './strings';

function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">{strings.title}</Title3>
      <Body1 as="p">{strings.loading}</Body1>
    </FluentProvider>
  );
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<App />);
