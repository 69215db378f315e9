import { useState } from 'preact/hooks';
import { ConsentDialog } from '../../../components/dialog/ConsentDialog';
import type { ConsentDialogProps, ImageView } from '../../../components/dialog/types';
import { initialBoxes } from '../../../lib/dialog/review-boxes';
import { useBoxEdits } from '../../../entrypoints/dialog/use-box-edits';

/**
 * The dialog with real box editing (undo, redo, keep, cover) over local state, as DialogApp wires it but without
 * the background: for tests of the reviewer and for the preview screenshots.
 */
export function StatefulDialog(props: ConsentDialogProps & { onBoxes?(images: ImageView[]): void }) {
  const [images, setImages] = useState(props.images);
  const setBoxes = (index: number, boxes: ImageView['boxes']) =>
    setImages((all) => {
      const next = all.map((image, i) => (i === index ? { ...image, boxes } : image));
      props.onBoxes?.(next);
      return next;
    });
  const edits = useBoxEdits(images, setBoxes);
  const keep = (index: number, region: number, always: boolean) => {
    props.onKeep(index, region, always);
    edits.remove(index, [`text-${region}`]);
  };
  const cover = (index: number, region: number) => {
    const box = images[index]?.report ? initialBoxes(images[index]!.report!).find((b) => b.id === `text-${region}`) : undefined;
    if (box) edits.restore(index, box);
  };
  return <ConsentDialog {...props} images={images} edits={edits} onKeep={keep} onCover={cover} />;
}
