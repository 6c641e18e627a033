import { emptyAdminEdits, type AdminEdits, type AdminEditsStore } from '../types';

export class MemoryAdminEditsStore implements AdminEditsStore {
  private edits: AdminEdits = emptyAdminEdits();
  async get(): Promise<AdminEdits> {
    return structuredClone(this.edits);
  }
  async update(change: (current: AdminEdits) => AdminEdits): Promise<AdminEdits> {
    this.edits = structuredClone(change(structuredClone(this.edits)));
    return structuredClone(this.edits);
  }
}
