import { useEffect, useRef } from 'react';
import type { AppInfo } from '../../models/api';

interface Props {
  info: AppInfo | null;
  open: boolean;
  onClose: () => void;
}

export function AboutDialog({ info, open, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="about-title" onClose={onClose}>
      <h2 id="about-title">About SkillMix</h2>
      <p>{info ? `Version ${info.version}` : 'Version unknown'}</p>
      <p>
        SkillMix models the skill mix of children’s social work teams in England and shows how it shifts time with
        families, capacity and cost.
      </p>
      <button className="button" type="button" autoFocus onClick={() => ref.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
