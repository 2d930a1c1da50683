// The bench's yardstick: the smallest page of the app's stack (React 19 + Mantine 9 + Vite), written the way
// the framework's getting-started guide does it: the whole Mantine stylesheet, rendered in the browser.
import '@mantine/core/styles.css';
import { Code, Container, MantineProvider, TextInput, Title } from '@mantine/core';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function BarePage() {
  const [value, setValue] = useState('');
  return (
    <Container size="sm" py="xl">
      <Title order={1} mb="md">
        Bare page
      </Title>
      <TextInput label="output_dir" value={value} onChange={(event) => setValue(event.currentTarget.value)} mb="md" />
      <Code block aria-label="Python code">{`TrainingArguments(output_dir='${value}')`}</Code>
    </Container>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('the bare page has no #root element');
createRoot(root).render(
  <StrictMode>
    <MantineProvider>
      <BarePage />
    </MantineProvider>
  </StrictMode>,
);
