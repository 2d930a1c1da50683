import { Skeleton, Stack } from '@mantine/core';

/** Stands in for the issues, code and preview panels while their chunk loads. */
export function SideSkeleton() {
  return (
    <Stack gap="sm" aria-hidden="true">
      <Skeleton height={96} radius="md" />
      <Skeleton height={360} radius="md" />
    </Stack>
  );
}
